package org.techan.storefront.web;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.techan.catalog.CatalogReads;
import org.techan.catalog.RegionCode;
import org.techan.orders.OrderGroupView;
import org.techan.platform.Accounts;
import org.techan.platform.Actor;
import org.techan.platform.DomainException;
import org.techan.platform.MarketCalendar;
import org.techan.platform.OpenedSession;
import org.techan.platform.Sessions;
import org.techan.platform.SignUpCommand;
import org.techan.storefront.security.SessionCookie;
import org.techan.wholesale.AddMemberCommand;
import org.techan.wholesale.ApplyOrganisationCommand;
import org.techan.wholesale.DeliveryLocationCommand;
import org.techan.wholesale.MemberRole;
import org.techan.wholesale.MemberView;
import org.techan.wholesale.OrganisationKind;
import org.techan.wholesale.OrganisationView;
import org.techan.wholesale.PlaceQuickOrderCommand;
import org.techan.wholesale.PlacedQuickOrder;
import org.techan.wholesale.QuickOrderDraft;
import org.techan.wholesale.RequisitionState;
import org.techan.wholesale.RequisitionView;
import org.techan.wholesale.RowProblem;
import org.techan.wholesale.WholesaleApi;

/**
 * Wholesale buyers' pages: a company applies (its contact signed in at once, to watch the
 * review), and its members see their organisation; admins add colleagues and set their roles.
 */
@Hidden
@Controller("/wholesale")
@ExecuteOn(TaskExecutors.BLOCKING)
class WholesalePagesController {

    private final WholesaleApi wholesale;
    private final CatalogReads catalog;
    private final Accounts accounts;
    private final Sessions sessions;
    private final SessionCookie cookie;
    private final RegionChoices regions;
    private final FailureText failures;
    private final HttpClientAddressResolver clientAddress;
    private final java.time.Clock clock;

    private static final int ORDERS_LISTED = 50;

    WholesalePagesController(
            WholesaleApi wholesale,
            CatalogReads catalog,
            Accounts accounts,
            Sessions sessions,
            SessionCookie cookie,
            RegionChoices regions,
            FailureText failures,
            HttpClientAddressResolver clientAddress,
            java.time.Clock clock) {
        this.clock = clock;
        this.wholesale = wholesale;
        this.catalog = catalog;
        this.accounts = accounts;
        this.sessions = sessions;
        this.cookie = cookie;
        this.regions = regions;
        this.failures = failures;
        this.clientAddress = clientAddress;
    }

    @View("wholesale/apply")
    @Get(uri = "/apply", produces = MediaType.TEXT_HTML)
    ApplyPage applyForm() {
        return applyPage(ApplyForm.BLANK, null);
    }

    @Post(uri = "/apply", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> apply(HttpRequest<?> request, @Body ApplyForm form) {
        OrganisationView applied;
        try {
            applied = wholesale.apply(form.command(), clientAddress.resolve(request));
        } catch (DomainException refused) {
            return HttpResponse.status(ErrorResponses.statusOf(refused))
                    .body(new ModelAndView<>("wholesale/apply", applyPage(form, failures.of(request, refused))));
        }
        cookie.token(request).ifPresent(sessions::close);
        OpenedSession session =
                sessions.open(accounts.account(applied.members().get(0).accountId()));
        return HttpResponse.seeOther(URI.create("/wholesale")).cookie(cookie.carrying(session.token()));
    }

    @View("wholesale/organisation")
    @Get(produces = MediaType.TEXT_HTML)
    OrganisationPage organisation(Actor member) {
        return organisationPage(member, null);
    }

    /** The applicant attaches the scan of the business licence, which the review needs. */
    @Post(uri = "/licence", consumes = MediaType.MULTIPART_FORM_DATA, produces = MediaType.TEXT_HTML)
    HttpResponse<?> attachLicence(
            HttpRequest<?> request, Actor admin, @Part("licence") @Nullable CompletedFileUpload licence) {
        try {
            wholesale.attachLicence(admin, Uploads.bytes(licence));
        } catch (DomainException refused) {
            return refused(request, admin, refused);
        }
        return HttpResponse.seeOther(URI.create("/wholesale#licence"));
    }

    @Get(uri = "/licence")
    HttpResponse<byte[]> licence(Actor member) {
        return Uploads.asResponse(
                wholesale.licence(member, wholesale.organisationOf(member).id()));
    }

    @Post(uri = "/approval-threshold", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> setApprovalThreshold(HttpRequest<?> request, Actor admin, @Body ThresholdForm form) {
        try {
            wholesale.setApprovalThreshold(admin, form.amount());
        } catch (DomainException refused) {
            return refused(request, admin, refused);
        }
        return HttpResponse.seeOther(URI.create("/wholesale#approval"));
    }

    @Serdeable
    record ThresholdForm(@Nullable String threshold) {

        /** Blank sets none; anything else must read as an amount (¥ and spaces allowed). */
        @Nullable
        java.math.BigDecimal amount() {
            String typed = threshold == null
                    ? ""
                    : threshold.replace("¥", "").replace("￥", "").strip();
            try {
                return typed.isEmpty() ? null : new java.math.BigDecimal(typed);
            } catch (NumberFormatException notAnAmount) {
                throw new org.techan.platform.RuleViolationException("wholesale.threshold.invalid", typed);
            }
        }
    }

    /** An approver answers a colleague's requisition; the buyer sees the answer on their pages. */
    @Post(
            uri = "/requisitions/{id}/decision",
            consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    HttpResponse<?> decideRequisition(
            HttpRequest<?> request, Actor approver, @PathVariable long id, @Body DecisionForm form) {
        try {
            wholesale.decideRequisition(approver, id, "approve".equals(form.decision()), form.reason());
        } catch (DomainException refused) {
            return ordersRefused(request, approver, refused);
        }
        return HttpResponse.seeOther(URI.create("/wholesale/orders#requisition-" + id));
    }

    @Serdeable
    record DecisionForm(@Nullable String decision, @Nullable String reason) {}

    /** The buyer takes a line weighed short beyond its tolerance at its weight, or refuses it. */
    @Post(
            uri = "/weighings/{orderNumber}/{skuId}",
            consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    HttpResponse<?> answerWeighing(
            Actor buyer, @PathVariable String orderNumber, @PathVariable long skuId, @Body DecisionForm form) {
        org.techan.wholesale.WeighingView answered =
                wholesale.answerWeighing(buyer, orderNumber, skuId, "accept".equals(form.decision()));
        return HttpResponse.seeOther(URI.create("/orders/" + answered.groupNumber() + "#weighings"));
    }

    /** The buyer takes a line packed in a lower grade at the shop's price, or refuses it. */
    @Post(
            uri = "/grade-changes/{orderNumber}/{skuId}",
            consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    HttpResponse<?> answerGradeChange(
            Actor buyer, @PathVariable String orderNumber, @PathVariable long skuId, @Body DecisionForm form) {
        org.techan.wholesale.GradeChangeView answered =
                wholesale.answerGradeChange(buyer, orderNumber, skuId, "accept".equals(form.decision()));
        return HttpResponse.seeOther(URI.create("/orders/" + answered.groupNumber() + "#grade-changes"));
    }

    /** The buyer places an approved requisition and goes on to pay. */
    @Post(
            uri = "/requisitions/{id}/order",
            consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    HttpResponse<?> placeRequisition(HttpRequest<?> request, Actor buyer, @PathVariable long id) {
        try {
            OrderGroupView placed = wholesale.placeApprovedRequisition(buyer, id);
            return HttpResponse.seeOther(URI.create("/orders/" + placed.number()));
        } catch (DomainException refused) {
            return ordersRefused(request, buyer, refused);
        }
    }

    private HttpResponse<?> ordersRefused(HttpRequest<?> request, Actor member, DomainException why) {
        return HttpResponse.status(ErrorResponses.statusOf(why))
                .body(new ModelAndView<>("wholesale/orders", ordersPage(member, failures.of(request, why))));
    }

    @Post(uri = "/locations", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> addLocation(HttpRequest<?> request, Actor admin, @Body LocationForm form) {
        try {
            wholesale.addDeliveryLocation(admin, form.command());
        } catch (DomainException refused) {
            return refused(request, admin, refused);
        }
        return HttpResponse.seeOther(URI.create("/wholesale#locations"));
    }

    @Post(
            uri = "/locations/{id}/remove",
            consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    HttpResponse<?> removeLocation(HttpRequest<?> request, Actor admin, @PathVariable long id) {
        try {
            wholesale.removeDeliveryLocation(admin, id);
        } catch (DomainException refused) {
            return refused(request, admin, refused);
        }
        return HttpResponse.seeOther(URI.create("/wholesale#locations"));
    }

    /** A delivery location as the form sends it: the picker's levels, deepest chosen wins. */
    @Serdeable
    record LocationForm(
            @Nullable String label,
            @Nullable String regionCode,
            @Nullable String province,
            @Nullable String city,
            @Nullable String county,
            @Nullable String township,
            @Nullable String street) {

        DeliveryLocationCommand command() {
            return new DeliveryLocationCommand(
                    label, RegionChoices.chosen(regionCode, province, city, county, township), street);
        }
    }

    @Post(uri = "/members", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> addMember(HttpRequest<?> request, Actor admin, @Body MemberForm form) {
        try {
            wholesale.addMember(
                    admin, new AddMemberCommand(form.login(), form.password(), form.displayName(), form.roles()));
        } catch (DomainException refused) {
            return refused(request, admin, refused);
        }
        return HttpResponse.seeOther(URI.create("/wholesale#members"));
    }

    @Post(
            uri = "/members/{accountId}/roles",
            consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    HttpResponse<?> changeRoles(
            HttpRequest<?> request, Actor admin, @PathVariable long accountId, @Body RolesForm form) {
        try {
            wholesale.changeRoles(admin, accountId, form.roles());
        } catch (DomainException refused) {
            return refused(request, admin, refused);
        }
        return HttpResponse.seeOther(URI.create("/wholesale#members"));
    }

    @View("wholesale/quick-order")
    @Get(uri = "/quick-order", produces = MediaType.TEXT_HTML)
    QuickOrderPage quickOrder(
            Actor buyer,
            @QueryValue @Nullable Long template,
            @QueryValue @Nullable String reorder,
            @QueryValue @Nullable Long sku,
            @QueryValue @Nullable Integer packs) {
        // From the catalogue: the offer's SKU at its minimum, checked like any other line once sent.
        String catalogueLine = sku == null ? "" : sku + "," + (packs == null ? 1 : packs);
        String lines = template != null
                ? wholesale.template(buyer, template).lines()
                : reorder != null ? wholesale.reorderLines(buyer, reorder) : catalogueLine;
        return quickOrderPage(buyer, lines, null, List.of(), null, null);
    }

    private QuickOrderPage quickOrderPage(
            Actor buyer,
            String lines,
            @Nullable QuickOrderDraft draft,
            List<String> problems,
            @Nullable String error,
            @Nullable PlaceFields place) {
        return new QuickOrderPage(lines, draft, problems, error, place, wholesale.templates(buyer));
    }

    /** Saves the lines in the box as one of the organisation's templates, under a name. */
    @Post(uri = "/templates", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> saveTemplate(HttpRequest<?> request, Actor buyer, @Body TemplateForm form) {
        String lines = form.lines() == null ? "" : form.lines();
        try {
            wholesale.saveTemplate(buyer, form.name(), lines);
            return HttpResponse.seeOther(URI.create("/wholesale/quick-order#templates"));
        } catch (DomainException refused) {
            return HttpResponse.status(ErrorResponses.statusOf(refused))
                    .body(new ModelAndView<>(
                            "wholesale/quick-order",
                            quickOrderPage(buyer, lines, null, List.of(), failures.of(request, refused), null)));
        }
    }

    @Post(uri = "/templates/{id}/delete", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> deleteTemplate(Actor buyer, @PathVariable long id) {
        wholesale.deleteTemplate(buyer, id);
        return HttpResponse.seeOther(URI.create("/wholesale/quick-order#templates"));
    }

    @Serdeable
    record TemplateForm(@Nullable String name, @Nullable String lines) {}

    /**
     * Checks the lines typed or pasted, or the file uploaded (which wins), and shows the draft with
     * each problem by its line, the text kept in the box to be fixed in place.
     */
    @Post(uri = "/quick-order", consumes = MediaType.MULTIPART_FORM_DATA, produces = MediaType.TEXT_HTML)
    HttpResponse<?> checkQuickOrder(
            HttpRequest<?> request,
            Actor buyer,
            @Part("lines") @Nullable String lines,
            @Part("file") @Nullable CompletedFileUpload file) {
        byte[] content = file != null && file.getSize() > 0
                ? Uploads.bytes(file)
                : (lines == null ? "" : lines).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        QuickOrderDraft draft;
        try {
            draft = wholesale.checkQuickOrder(buyer, content);
        } catch (DomainException refused) {
            return HttpResponse.status(ErrorResponses.statusOf(refused))
                    .body(new ModelAndView<>(
                            "wholesale/quick-order",
                            quickOrderPage(
                                    buyer,
                                    lines == null ? "" : lines,
                                    null,
                                    List.of(),
                                    failures.of(request, refused),
                                    null)));
        }
        return HttpResponse.ok(new ModelAndView<>(
                "wholesale/quick-order", draftPage(request, buyer, draft, null, PlaceForm.blank(buyer, wholesale))));
    }

    /** The organisation's orders, whoever of it placed them; each buyer pays their own. */
    @View("wholesale/orders")
    @Get(uri = "/orders", produces = MediaType.TEXT_HTML)
    OrdersPage orders(Actor member) {
        return ordersPage(member, null);
    }

    private OrdersPage ordersPage(Actor member, @Nullable String error) {
        OrganisationView organisation = wholesale.organisationOf(member);
        boolean approver = organisation.grants(member.accountId(), MemberRole.APPROVER);
        List<ListedRequisition> requisitions = wholesale.requisitions(member).stream()
                .map(r -> new ListedRequisition(
                        r,
                        OrderPagesController.local(r.createdAt(), "yyyy-MM-dd HH:mm"),
                        approver && r.state() == RequisitionState.WAITING && r.buyerAccountId() != member.accountId(),
                        r.state() == RequisitionState.APPROVED && r.buyerAccountId() == member.accountId()))
                .toList();
        return new OrdersPage(
                requisitions,
                error,
                wholesale.organisationOrders(member, 0, ORDERS_LISTED).stream()
                        .map(order -> new ListedOrder(
                                order,
                                OrderPagesController.local(order.group().createdAt(), "yyyy-MM-dd HH:mm"),
                                order.group().orders().stream()
                                        .map(org.techan.orders.OrderView::state)
                                        .distinct()
                                        .toList()))
                        .toList());
    }

    /**
     * Places the checked draft: the lines are checked once more and ordered, one order per shop,
     * and the buyer goes on to pay. A refusal shows the draft again as it stands now, with why and
     * with what was typed.
     */
    @Post(uri = "/quick-order/place", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> placeQuickOrder(HttpRequest<?> request, Actor buyer, @Body PlaceForm form) {
        try {
            PlacedQuickOrder placed = wholesale.placeQuickOrder(buyer, form.command());
            return HttpResponse.seeOther(URI.create(
                    placed.order() != null
                            ? "/orders/" + placed.order().number()
                            : "/wholesale/orders#requisition-"
                                    + placed.requisition().id()));
        } catch (DomainException refused) {
            String lines = form.lines() == null ? "" : form.lines();
            QuickOrderDraft draft = null;
            try {
                draft = wholesale.checkQuickOrder(buyer, lines.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            } catch (DomainException unreadable) {
                // The refusal already says what is wrong; the page shows the lines as they were sent.
            }
            QuickOrderPage page = draft == null
                    ? quickOrderPage(buyer, lines, null, List.of(), failures.of(request, refused), null)
                    : draftPage(request, buyer, draft, failures.of(request, refused), form);
            return HttpResponse.status(ErrorResponses.statusOf(refused))
                    .body(new ModelAndView<>("wholesale/quick-order", page));
        }
    }

    private boolean collectable(QuickOrderDraft draft) {
        java.util.Set<String> shops = draft.shops().stream()
                .map(org.techan.wholesale.ShopDraft::shopSlug)
                .collect(java.util.stream.Collectors.toSet());
        return wholesale.producingBases(shops).size() == shops.size();
    }

    private QuickOrderPage draftPage(
            HttpRequest<?> request, Actor buyer, QuickOrderDraft draft, @Nullable String error, PlaceForm typed) {
        List<String> problems = draft.problems().stream()
                .map(problem -> failures.of(request, "wholesale.csv.line", problem.line()) + text(request, problem))
                .toList();
        PlaceFields place = draft.orderable()
                ? PlaceFields.of(typed, draft, MarketCalendar.today(clock), collectable(draft), locationChoices(buyer))
                : null;
        return quickOrderPage(buyer, draft.text(), draft, problems, error, place);
    }

    /**
     * The problems of the lines shown, as a CSV to fix in a spreadsheet: UTF-8 with a byte-order
     * mark, which Excel needs to read Chinese.
     */
    @Post(
            uri = "/quick-order/problems",
            consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = {"text/csv", MediaType.TEXT_HTML})
    HttpResponse<?> quickOrderProblems(HttpRequest<?> request, Actor buyer, @Body LinesForm form) {
        String lines = form.lines() == null ? "" : form.lines();
        QuickOrderDraft draft;
        try {
            draft = wholesale.checkQuickOrder(buyer, lines.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (DomainException refused) {
            return HttpResponse.status(ErrorResponses.statusOf(refused))
                    .contentType(MediaType.TEXT_HTML_TYPE)
                    .body(new ModelAndView<>(
                            "wholesale/quick-order",
                            quickOrderPage(buyer, lines, null, List.of(), failures.of(request, refused), null)));
        }
        StringBuilder csv = new StringBuilder("\uFEFF")
                .append(failures.of(request, "wholesale.csv.problems.header"))
                .append("\r\n");
        for (RowProblem problem : draft.problems()) {
            csv.append(problem.line())
                    .append(",\"")
                    .append(text(request, problem).replace("\"", "\"\""))
                    .append("\"\r\n");
        }
        return HttpResponse.ok(csv.toString())
                .contentType(new MediaType("text/csv; charset=utf-8"))
                .header("Content-Disposition", "attachment; filename=\"quick-order-problems.csv\"");
    }

    /** A quick-order line's problem in the buyer's language, on the page and in the download. */
    private String text(HttpRequest<?> request, RowProblem problem) {
        return failures.of(request, problem.problem(), problem.arguments().toArray());
    }

    @Serdeable
    record LinesForm(@Nullable String lines) {}

    private HttpResponse<?> refused(HttpRequest<?> request, Actor member, DomainException why) {
        return HttpResponse.status(ErrorResponses.statusOf(why))
                .body(new ModelAndView<>(
                        "wholesale/organisation", organisationPage(member, failures.of(request, why))));
    }

    private OrganisationPage organisationPage(Actor member, @Nullable String error) {
        OrganisationView organisation = wholesale.organisationOf(member);
        boolean admin = organisation.verified() && organisation.grants(member.accountId(), MemberRole.ADMIN);
        String place = place(organisation.regionCode());
        List<RequisitionView> requisitions = organisation.verified() ? wholesale.requisitions(member) : List.of();
        boolean approver = organisation.grants(member.accountId(), MemberRole.APPROVER);
        long waiting = approver
                ? requisitions.stream()
                        .filter(r -> r.state() == RequisitionState.WAITING && r.buyerAccountId() != member.accountId())
                        .count()
                : 0;
        long answered = requisitions.stream()
                .filter(r -> r.buyerAccountId() == member.accountId()
                        && (r.state() == RequisitionState.APPROVED || r.state() == RequisitionState.REFUSED))
                .count();
        boolean applicant = organisation.state() == org.techan.wholesale.OrganisationState.PENDING
                && organisation.grants(member.accountId(), MemberRole.ADMIN);
        List<LocationChoice> locations = organisation.verified() ? locationChoices(member) : List.of();
        return new OrganisationPage(
                organisation,
                place,
                admin,
                List.of(MemberRole.values()),
                error,
                waiting,
                answered,
                applicant,
                locations,
                admin ? regions.divisions("location", null) : null);
    }

    /** The organisation's delivery locations, each with its address, as pages offer them. */
    private List<LocationChoice> locationChoices(Actor member) {
        return wholesale.deliveryLocations(member).stream()
                .map(location -> new LocationChoice(
                        String.valueOf(location.id()),
                        location.label() + "：" + place(location.regionCode()) + " " + location.street()))
                .toList();
    }

    /** A division's names from the province down, as an address shows them. */
    private String place(String regionCode) {
        return catalog.regionPath(RegionCode.parse(regionCode)).stream()
                .map(org.techan.catalog.RegionView::nameZh)
                .collect(java.util.stream.Collectors.joining(" "));
    }

    private ApplyPage applyPage(ApplyForm typed, @Nullable String error) {
        return new ApplyPage(
                typed,
                regions.picker(typed.regionCode()),
                List.of(OrganisationKind.values()),
                accounts.legalTerms().version(),
                error);
    }

    /** What the application form sent (kept beside a refusal, the password excepted). */
    @Serdeable
    record ApplyForm(
            @Nullable String name,
            @Nullable String creditCode,
            @Nullable String kind,
            @Nullable String regionCode,
            @Nullable String province,
            @Nullable String city,
            @Nullable String county,
            @Nullable String township,
            @Nullable String street,
            @Nullable String login,
            @Nullable String displayName,
            @Nullable String password,
            @Nullable String acceptTerms,
            @Nullable String termsVersion) {

        static final ApplyForm BLANK =
                new ApplyForm(null, null, null, null, null, null, null, null, null, null, null, null, null, null);

        ApplyOrganisationCommand command() {
            return new ApplyOrganisationCommand(
                    name,
                    creditCode,
                    FormValues.constant(OrganisationKind.class, kind),
                    RegionChoices.chosen(regionCode, province, city, county, township),
                    street,
                    new SignUpCommand(login, password, displayName, acceptTerms != null, termsVersion));
        }

        @Override
        public String toString() {
            return "ApplyForm[name=" + name + ", login=" + login + "]";
        }
    }

    @Serdeable
    record MemberForm(
            @Nullable String login,
            @Nullable String password,
            @Nullable String displayName,
            @Nullable List<String> role) {

        Set<MemberRole> roles() {
            return RolesForm.parsed(role);
        }

        @Override
        public String toString() {
            return "MemberForm[login=" + login + "]";
        }
    }

    @Serdeable
    record RolesForm(@Nullable List<String> role) {

        Set<MemberRole> roles() {
            return parsed(role);
        }

        /** Ticked roles; one that names no role is ignored, as a form cannot send one. */
        static Set<MemberRole> parsed(@Nullable List<String> ticked) {
            Set<MemberRole> roles = EnumSet.noneOf(MemberRole.class);
            if (ticked != null) {
                for (MemberRole role : MemberRole.values()) {
                    if (ticked.contains(role.name())) {
                        roles.add(role);
                    }
                }
            }
            return roles;
        }
    }

    /**
     * The quick-order page: the lines as typed or read from the file, and once checked the draft
     * with its problems in the buyer's language.
     */
    @Introspected
    record OrdersPage(List<ListedRequisition> requisitions, @Nullable String error, List<ListedOrder> orders) {}

    /** A requisition of the list: whether this member may answer it, or place it. */
    @Introspected
    record ListedRequisition(RequisitionView requisition, String sent, boolean canDecide, boolean canPlace) {}

    /** An order of the list: when it was placed and the states its shops' orders are in. */
    @Introspected
    record ListedOrder(
            org.techan.wholesale.OrganisationOrder order, String placed, List<org.techan.orders.OrderState> states) {}

    @Introspected
    record QuickOrderPage(
            String lines,
            @Nullable QuickOrderDraft draft,
            List<String> problems,
            @Nullable String error,
            @Nullable PlaceFields place,
            List<org.techan.wholesale.TemplateView> templates) {}

    /** What the buyer sends to place a checked draft; the key is made with the draft shown. */
    @Serdeable
    record PlaceForm(
            @Nullable String requestKey,
            @Nullable String lines,
            @Nullable String purchaseOrder,
            @Nullable String deliverOn,
            @Nullable String recipient,
            @Nullable String phone,
            @Nullable String expectedGoods,
            @Nullable String remarks,
            @Nullable String collect,
            @Nullable String deliverTo) {

        /** A new draft's form: a fresh key, and the member as recipient (their login when it is a mobile). */
        static PlaceForm blank(Actor buyer, WholesaleApi wholesale) {
            MemberView me = wholesale.organisationOf(buyer).members().stream()
                    .filter(m -> m.accountId() == buyer.accountId())
                    .findFirst()
                    .orElse(null);
            String phone = me != null && org.techan.platform.MobileNumbers.isMainland(me.login()) ? me.login() : "";
            return new PlaceForm(
                    java.util.UUID.randomUUID().toString(),
                    null,
                    "",
                    "",
                    me == null ? "" : me.displayName(),
                    phone,
                    null,
                    "",
                    null,
                    null);
        }

        PlaceQuickOrderCommand command() {
            return new PlaceQuickOrderCommand(
                    requestKey,
                    lines,
                    purchaseOrder,
                    FormValues.date(deliverOn),
                    recipient,
                    phone,
                    FormValues.decimal(expectedGoods),
                    remarks,
                    "true".equals(collect),
                    location(deliverTo));
        }

        /** The location chosen; a value no location has is refused as one of another organisation. */
        private static @Nullable Long location(@Nullable String chosen) {
            if (chosen == null || chosen.isBlank()) {
                return null;
            }
            try {
                return Long.parseLong(chosen.strip());
            } catch (NumberFormatException notANumber) {
                return -1L;
            }
        }
    }

    /** The place form as shown under a draft that can be ordered: typed values kept, the days allowed. */
    @Introspected
    record PlaceFields(
            String requestKey,
            String purchaseOrder,
            String deliverOn,
            String recipient,
            String phone,
            String remarks,
            String expectedGoods,
            String earliest,
            String latest,
            boolean collect,
            boolean collectable,
            List<LocationChoice> locations,
            String deliverTo) {

        /**
         * {@code collectable}: every shop of the draft says where its producing base is;
         * {@code locations}: where the organisation takes deliveries, the first one chosen unless
         * another was.
         */
        static PlaceFields of(
                PlaceForm typed,
                QuickOrderDraft draft,
                java.time.LocalDate today,
                boolean collectable,
                List<LocationChoice> locations) {
            return new PlaceFields(
                    typed.requestKey() == null ? java.util.UUID.randomUUID().toString() : typed.requestKey(),
                    blankIfNull(typed.purchaseOrder()),
                    blankIfNull(typed.deliverOn()),
                    blankIfNull(typed.recipient()),
                    blankIfNull(typed.phone()),
                    blankIfNull(typed.remarks()),
                    draft.goods().toPlainString(),
                    today.plusDays(1).toString(),
                    today.plusDays(90).toString(),
                    "true".equals(typed.collect()),
                    collectable,
                    locations,
                    typed.deliverTo() == null || typed.deliverTo().isBlank()
                            ? locations.isEmpty() ? "" : locations.get(0).id()
                            : typed.deliverTo());
        }

        private static String blankIfNull(@Nullable String text) {
            return text == null ? "" : text;
        }
    }

    /** A delivery location as the place form offers it: its id, and its name with its address. */
    @Introspected
    record LocationChoice(String id, String text) {}

    @Introspected
    record ApplyPage(
            ApplyForm typed,
            RegionChoices.Picker regionPicker,
            List<OrganisationKind> kinds,
            String termsVersion,
            @Nullable String error) {}

    /**
     * The organisation page; {@code waiting} counts the requisitions this approver may answer,
     * {@code answered} this buyer's requisitions approved (to be placed) or refused; {@code applicant}
     * says the viewer is the admin of an organisation still waiting for review, who attaches the
     * licence scan; {@code locations} are where it takes deliveries, with a picker for an admin to
     * add one.
     */
    @Introspected
    record OrganisationPage(
            OrganisationView organisation,
            String place,
            boolean admin,
            List<MemberRole> roles,
            @Nullable String error,
            long waiting,
            long answered,
            boolean applicant,
            List<LocationChoice> locations,
            RegionChoices.@Nullable Picker locationPicker) {}
}
