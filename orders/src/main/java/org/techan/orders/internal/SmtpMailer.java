package org.techan.orders.internal;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * Sends plain-text e-mail through the SMTP server configured under {@code techan.mail.smtp}
 * (host, port, optional username/password and STARTTLS). Without a host, no mail is sent and
 * buyers are told in the app only.
 */
@Singleton
@Requires(property = "techan.mail.smtp.host", pattern = ".+")
class SmtpMailer {

    private final Session session;
    private final InternetAddress from;

    SmtpMailer(
            @Value("${techan.mail.smtp.host}") String host,
            @Value("${techan.mail.smtp.port:25}") int port,
            @Value("${techan.mail.smtp.username:}") String username,
            @Value("${techan.mail.smtp.password:}") String password,
            @Value("${techan.mail.smtp.starttls:false}") boolean starttls,
            @Value("${techan.mail.from:特产 Techan <noreply@techan.local>}") String from)
            throws MessagingException {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", host);
        properties.put("mail.smtp.port", String.valueOf(port));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "10000");
        properties.put("mail.smtp.starttls.enable", String.valueOf(starttls));
        boolean login = !username.isBlank();
        properties.put("mail.smtp.auth", String.valueOf(login));
        this.session = Session.getInstance(
                properties,
                login
                        ? new Authenticator() {
                            @Override
                            protected PasswordAuthentication getPasswordAuthentication() {
                                return new PasswordAuthentication(username, password);
                            }
                        }
                        : null);
        this.from = new InternetAddress(from, true);
    }

    void send(String to, String subject, String body) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(from);
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
        message.setSubject(subject, StandardCharsets.UTF_8.name());
        message.setText(body, StandardCharsets.UTF_8.name());
        Transport.send(message);
    }
}
