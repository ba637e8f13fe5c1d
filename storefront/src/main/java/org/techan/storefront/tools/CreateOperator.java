package org.techan.storefront.tools;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.MessageSource;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.techan.platform.AccountView;
import org.techan.platform.Accounts;
import org.techan.platform.DomainException;
import org.techan.platform.RegisterAccountCommand;
import org.techan.platform.Role;

/**
 * Creates an operator account on an installation without demo data: {@code java -cp
 * techan-storefront.jar org.techan.storefront.tools.CreateOperator <login> [display name]}. The
 * password comes from {@code TECHAN_OPERATOR_PASSWORD} or is typed (or piped) on standard input,
 * never from the command line, where other users and shell histories would see it.
 */
public final class CreateOperator {

    private CreateOperator() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("Usage: CreateOperator <login> [display name]  (password from"
                    + " TECHAN_OPERATOR_PASSWORD or standard input)");
            System.exit(2);
        }
        String password = password();
        try (ToolContext tool = ToolContext.start()) {
            ApplicationContext context = tool.context();
            String name = args.length == 2 ? args[1] : "运营 Operator";
            System.exit(create(context, args[0], password, name, System.out, System.err));
        }
    }

    /** Registers the operator; answers the exit status (0 created, 1 refused with the reason). */
    static int create(
            ApplicationContext context, String login, String password, String name, PrintStream out, PrintStream err) {
        try {
            AccountView operator = context.getBean(Accounts.class)
                    .register(new RegisterAccountCommand(login, password, name, Role.OPERATOR));
            out.println("Operator " + operator.login() + " created; sign in at /sign-in.");
            return 0;
        } catch (DomainException refused) {
            MessageSource messages = context.getBean(MessageSource.class);
            for (Locale language : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
                err.println(messages.getMessage(refused.messageKey(), language, refused.arguments())
                        .orElse(refused.messageKey()));
            }
            return 1;
        }
    }

    private static String password() throws IOException {
        String fromEnvironment = System.getenv("TECHAN_OPERATOR_PASSWORD");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment;
        }
        Console console = System.console();
        if (console != null) {
            char[] typed = console.readPassword("Password for the new operator: ");
            return typed == null ? "" : new String(typed);
        }
        String piped = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        return piped == null ? "" : piped;
    }
}
