package org.techan.wholesale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.techan.catalog.fixtures.TestMarketplace;
import org.techan.platform.Accounts;
import org.techan.platform.Actor;
import org.techan.platform.ConflictException;
import org.techan.platform.NotAllowedException;
import org.techan.platform.NotFoundException;
import org.techan.platform.Role;
import org.techan.platform.RuleViolationException;
import org.techan.platform.SignUpCommand;

/**
 * A buyer organisation applies with its contact's account and the scan of its business licence, an
 * operator verifies (never without the scan) or refuses it with a reason, and its admins add colleagues with roles; members see their own organisation only.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrganisationsTest {

    private static final String DISTRICT = "350102";
    private static final AtomicInteger SERIAL = new AtomicInteger();

    @Inject
    WholesaleApi wholesale;

    @Inject
    Accounts accounts;

    @Inject
    TestMarketplace market;

    private final String run = Long.toString(System.currentTimeMillis() % 100_000_000L);

    @BeforeAll
    void fuzhou() {
        market.regions(DISTRICT + "001001", "福建省/Fujian", "福州市/Fuzhou", "鼓楼区/Gulou", "东街街道", "东街社区");
    }

    @Test
    void aCompanyAppliesAndAnOperatorVerifiesItOnce() {
        String login = mobile();
        OrganisationView applied = wholesale.apply(application("鼓楼机关食堂", code(), login), "198.51.100.7");

        assertThat(applied.state()).isEqualTo(OrganisationState.PENDING);
        assertThat(applied.kind()).isEqualTo(OrganisationKind.CANTEEN);
        assertThat(applied.members()).singleElement().satisfies(contact -> {
            assertThat(contact.login()).isEqualTo(login);
            assertThat(contact.roles()).containsExactlyInAnyOrder(MemberRole.values());
        });
        Actor contact = accounts.authenticate(login, "canteen-2026-pw", "test").actor();
        assertThat(contact.role()).isEqualTo(Role.WHOLESALE_BUYER);
        assertThat(wholesale.organisationOf(contact).id()).isEqualTo(applied.id());
        assertThat(wholesale.applications(TestMarketplace.OPERATOR))
                .extracting(OrganisationView::id)
                .contains(applied.id());

        assertThatThrownBy(() -> wholesale.review(contact, applied.id(), true, null))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> wholesale.review(TestMarketplace.OPERATOR, applied.id(), false, " "))
                .as("a refusal says why")
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("wholesale.refusal.reason-required");
        assertThatThrownBy(() -> wholesale.review(TestMarketplace.OPERATOR, applied.id(), true, null))
                .as("not without the licence scan")
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("wholesale.licence.missing");

        assertThatThrownBy(() -> wholesale.attachLicence(contact, new byte[0]))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("wholesale.licence.required");
        assertThatThrownBy(() ->
                        wholesale.attachLicence(contact, "营业执照.docx".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("wholesale.licence.type");
        byte[] huge = java.util.Arrays.copyOf(LicenceScans.PDF, WholesaleApi.MOST_LICENCE_BYTES + 1);
        assertThatThrownBy(() -> wholesale.attachLicence(contact, huge))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("wholesale.licence.too-large");
        Actor stranger = new Actor(contact.accountId() + 1_000_000, Role.CONSUMER);
        assertThatThrownBy(() -> wholesale.attachLicence(stranger, LicenceScans.PDF))
                .isInstanceOf(NotFoundException.class);
        assertThat(wholesale.organisation(contact, applied.id()).licenceAttached())
                .as("nothing refused was kept")
                .isFalse();
        assertThatThrownBy(() -> wholesale.licence(TestMarketplace.OPERATOR, applied.id()))
                .isInstanceOf(NotFoundException.class);

        assertThat(wholesale.attachLicence(contact, LicenceScans.PDF).licenceAttached())
                .isTrue();
        assertThat(wholesale.licence(TestMarketplace.OPERATOR, applied.id()).content())
                .as("the operator reads what was sent")
                .isEqualTo(LicenceScans.PDF);
        assertThat(wholesale.licence(contact, applied.id()).type())
                .isEqualTo(org.techan.platform.MediaStore.MediaType.PDF);
        assertThatThrownBy(() -> wholesale.licence(stranger, applied.id()))
                .as("nobody else")
                .isInstanceOf(NotFoundException.class);
        OrganisationView verified = wholesale.review(TestMarketplace.OPERATOR, applied.id(), true, null);
        assertThat(verified.state()).isEqualTo(OrganisationState.VERIFIED);
        assertThat(verified.reviewedAt()).isNotNull();
        assertThatThrownBy(() -> wholesale.review(TestMarketplace.OPERATOR, applied.id(), false, "营业执照过期"))
                .as("answered once")
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> wholesale.attachLicence(contact, LicenceScans.PDF))
                .as("the licence verified stays")
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("wholesale.licence.reviewed");
        assertThat(wholesale.organisation(contact, applied.id()).state()).isEqualTo(OrganisationState.VERIFIED);
    }

    @Test
    void aBadApplicationChangesNothingAndNamesWhatIsWrong() {
        String login = mobile();
        String mistyped = "91350100M000100Y44";
        assertThatThrownBy(() -> wholesale.apply(application("超市甲", mistyped, login), "test"))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("wholesale.credit-code.invalid");
        assertThatThrownBy(() -> wholesale.apply(
                        new ApplyOrganisationCommand(
                                "超市甲", code(), OrganisationKind.SUPERMARKET, "350100", "东街 1 号", contact(login)),
                        "test"))
                .as("a city is no delivery address")
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("wholesale.region.too-coarse");
        assertThatThrownBy(() -> wholesale.apply(
                        new ApplyOrganisationCommand(
                                "超市甲", code(), OrganisationKind.SUPERMARKET, DISTRICT, "东街 1 号", contact("12345")),
                        "test"))
                .as("the contact signs up as shoppers do")
                .isInstanceOf(RuleViolationException.class);

        String taken = code();
        OrganisationView first = wholesale.apply(application("超市甲", taken, login), "test");
        assertThat(first.members())
                .singleElement()
                .extracting(MemberView::login)
                .isEqualTo(login);
        String other = mobile();
        assertThatThrownBy(() -> wholesale.apply(application("超市甲（重复）", taken, other), "test"))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("wholesale.credit-code.taken");
        assertThatThrownBy(() -> accounts.authenticate(other, "canteen-2026-pw", "test"))
                .as("the refused application left no account behind")
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void adminsAddColleaguesAndMembersSeeOnlyTheirOwnOrganisation() {
        String adminLogin = mobile();
        OrganisationView restaurant = wholesale.apply(application("闽菜馆", code(), adminLogin), "test");
        Actor admin =
                accounts.authenticate(adminLogin, "canteen-2026-pw", "test").actor();
        AddMemberCommand buyer = new AddMemberCommand(mobile(), "buyer-2026-pw", "采购小林", Set.of(MemberRole.BUYER));
        assertThatThrownBy(() -> wholesale.addMember(admin, buyer))
                .as("not before the organisation is verified")
                .isInstanceOf(NotAllowedException.class);
        LicenceScans.attach(wholesale, restaurant);
        wholesale.review(TestMarketplace.OPERATOR, restaurant.id(), true, null);

        MemberView added = wholesale.addMember(admin, buyer);
        assertThat(added.roles()).containsExactly(MemberRole.BUYER);
        Actor colleague =
                accounts.authenticate(buyer.login(), "buyer-2026-pw", "test").actor();
        assertThat(wholesale.organisationOf(colleague).id()).isEqualTo(restaurant.id());
        assertThatThrownBy(() -> wholesale.addMember(
                        colleague, new AddMemberCommand(mobile(), "buyer-2026-pw", "越权", Set.of(MemberRole.ADMIN))))
                .as("a buyer is no admin")
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> wholesale.changeRoles(admin, admin.accountId(), Set.of(MemberRole.BUYER)))
                .as("an organisation keeps an admin")
                .isInstanceOf(ConflictException.class);
        assertThat(wholesale
                        .changeRoles(admin, added.accountId(), Set.of(MemberRole.BUYER, MemberRole.APPROVER))
                        .roles())
                .containsExactlyInAnyOrder(MemberRole.BUYER, MemberRole.APPROVER);

        OrganisationView otherShop = wholesale.apply(application("另一家超市", code(), mobile()), "test");
        assertThatThrownBy(() -> wholesale.organisation(colleague, otherShop.id()))
                .as("another organisation is as unknown as no organisation")
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() ->
                        wholesale.changeRoles(admin, otherShop.members().get(0).accountId(), Set.of(MemberRole.BUYER)))
                .isInstanceOf(NotFoundException.class);
        assertThat(wholesale
                        .organisation(TestMarketplace.OPERATOR, otherShop.id())
                        .name())
                .isEqualTo("另一家超市");
        assertThatThrownBy(() -> wholesale.organisationOf(market.aConsumer())).isInstanceOf(NotFoundException.class);
    }

    private ApplyOrganisationCommand application(String name, String code, String login) {
        return new ApplyOrganisationCommand(name, code, OrganisationKind.CANTEEN, DISTRICT, "东街 1 号", contact(login));
    }

    private SignUpCommand contact(String login) {
        return new SignUpCommand(
                login, "canteen-2026-pw", "联系人", true, accounts.legalTerms().version());
    }

    /** A mobile number no other run of this test used. */
    private String mobile() {
        return "139" + String.format("%08d", (Long.parseLong(run) * 37 + SERIAL.incrementAndGet()) % 100_000_000L);
    }

    /** A valid credit code no other run of this test used. */
    private String code() {
        String first17 = "91350102"
                + String.format("%09d", (Long.parseLong(run) * 41 + SERIAL.incrementAndGet()) % 1_000_000_000L);
        return first17 + CreditCode.checkCharacter(first17);
    }
}
