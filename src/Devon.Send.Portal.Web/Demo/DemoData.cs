using System.Globalization;
using System.Text;
using Devon.Send.Portal.Web.Audit;
using Devon.Send.Portal.Web.LocalOffer;
using Devon.Send.Portal.Web.Reports;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Devon.Send.Portal.Web.Demo;

/// <summary>
/// Made-up families, children and staff for trying the portal: every name and address is fictional.
/// Dates are set relative to today so that each case is always at the stage it describes, and everything each case
/// holds (advice, plan, review, audit history) is written by the person who would have done it, on the day they would have.
/// </summary>
public sealed class DemoData(PortalDbContext db, UserManager<PortalUser> users, DemoPlans demoPlans, TimeProvider clock, LocalOfferLibrary library, CaseHistoryImport import)
{
    public const string Password = "DevonDemo2026!";

    public sealed record Account(string Email, string DisplayName, string Role, string? Organisation = null);

    public const string TeamName = "Exeter, East and Mid Devon 0–25 SEND Team";

    /// <summary>A number from Ofcom's range for drama, which is never given to anyone.</summary>
    public const string TeamPhone = "01632 960 123";

    public const string TeamEmail = "send.exeter@devon.example";

    public static readonly Account Parent = new("sarah.carter@example.com", "Sarah Carter", PortalRoles.Parent);
    public static readonly Account SecondParent = new("kwame.osei@example.com", "Kwame Osei", PortalRoles.Parent);
    public static readonly Account ThirdParent = new("jo.hughes@example.com", "Jo Hughes", PortalRoles.Parent);
    public static readonly Account YoungPerson = new("jacob.hughes@example.com", "Jacob Hughes", PortalRoles.YoungPerson);
    public static readonly Account Senco = new("senco@example.org", "Helen Ward", PortalRoles.EducationProfessional, "Exe Valley Primary School");
    public static readonly Account Paediatrician = new("paediatrician@example.org", "Dr Amir Khan", PortalRoles.HealthProfessional, "Royal Devon University Healthcare");
    public static readonly Account SocialWorker = new("social.worker@example.org", "Tom Bennett", PortalRoles.SocialCareProfessional, "Devon Children's Social Care");
    public static readonly Account Psychologist = new("psychologist@example.org", "Dr Lucy Moore", PortalRoles.EducationalPsychologist, "Devon Educational Psychology Service");
    public static readonly Account Caseworker = new("caseworker@example.org", "Priya Shah", PortalRoles.Caseworker, "Devon County Council 0–25 SEND Team");
    public static readonly Account TeamManager = new("manager@example.org", "Mark Ellis", PortalRoles.TeamManager, "Devon County Council 0–25 SEND Team");
    public static readonly Account Editor = new("editor@example.org", "Fiona Clarke", PortalRoles.LocalOfferEditor, "Devon Parent Carer Forum");
    public static readonly Account SecondEditor = new("editor2@example.org", "Dev Patel", PortalRoles.LocalOfferEditor, "Devon County Council SEND Communications");
    public static readonly Account Administrator = new("admin@example.org", "Sam Taylor", PortalRoles.Administrator, "Devon County Council IT");

    /// <summary>One sign-in per role, listed in the README.</summary>
    public static readonly IReadOnlyList<Account> Accounts =
        [Parent, YoungPerson, Senco, Paediatrician, SocialWorker, Psychologist, Caseworker, TeamManager, Editor, Administrator];

    /// <summary>Everyone, including a second person in some roles: a second Local Offer editor approves the first's changes.</summary>
    public static readonly IReadOnlyList<Account> AllAccounts = [.. Accounts, SecondParent, ThirdParent, SecondEditor];

    public async Task LoadAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var today = clock.UkToday();
        var team = new SendTeam { Name = TeamName, Phone = TeamPhone, Email = TeamEmail };
        db.SendTeams.Add(team);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var account in AllAccounts)
        {
            ids[account] = await CreateAsync(account, PortalRoles.CouncilStaff.Contains(account.Role) ? team.Id : null, now);
        }

        var caseworker = ids[Caseworker];
        var nextMonthTenth = new DateOnly(today.Year, today.Month, 10).AddMonths(1);

        // A new request, waiting for the decision whether to assess.
        var ava = NewChild("Ava", "Carter", today.AddYears(-7).AddDays(-40), caseworker, today.AddDays(-10));
        ava.Cases.Add(new AssessmentCase { ChildId = ava.Id, RequestReceivedOn = today.AddDays(-10) });
        ava.Family.Add(Link(ava, ids[Parent], "Mother", ava.CreatedAt));

        // A final plan whose annual review falls due next month. He was in Year 6 at Exe Valley Primary when his
        // needs were assessed and is now in Year 7 at Exe Valley Academy. His plan was written from the advice below.
        var leoFinal = nextMonthTenth.AddMonths(-12);
        var leo = NewChild("Leo", "Carter", InYear(7, today, 8), caseworker, leoFinal.AddDays(-133));
        var leoCase = new AssessmentCase
        {
            ChildId = leo.Id,
            RequestReceivedOn = leoFinal.AddDays(-133),
            DecisionToAssessOn = leoFinal.AddDays(-100),
            DraftPlanIssuedOn = leoFinal.AddDays(-30),
            FinalPlanIssuedOn = leoFinal,
        };
        leo.Cases.Add(leoCase);
        leo.Family.Add(Link(leo, ids[Parent], "Mother", leo.CreatedAt));
        var leoAsked = leoCase.DecisionToAssessOn.Value;
        leoCase.AdviceRequests.AddRange(
        [
            Advice(leo, leoCase, AdviceType.ParentOrYoungPerson, null, leoAsked, leoAsked.AddDays(14), Parent,
                ("A", "Leo is funny and knows a lot about trains and the solar system. He needs to know what is going to happen next, with a picture, " +
                    "and time to answer. His headphones help when it is loud, and he needs a quiet space when it gets too much. He wants to go to the " +
                    "same secondary school as his friend Sam.")),
            Advice(leo, leoCase, AdviceType.SocialCare, Invite(leo, SocialWorker, leoAsked, leoFinal), leoAsked, leoAsked.AddDays(24), SocialWorker,
                ("D", "No social care needs have been identified. The family know how to contact the Early Help team if that changes.")),
            Advice(leo, leoCase, AdviceType.Health, Invite(leo, Paediatrician, leoAsked, leoFinal), leoAsked, leoAsked.AddDays(33), Paediatrician,
                ("C", "Leo was diagnosed with autism in 2019. He has difficulty getting to sleep, which affects his concentration in the morning."),
                ("G", "A review of Leo's sleep and of how his autism affects him day to day, with advice to the family and school, every 6 months.")),
            Advice(leo, leoCase, AdviceType.Education, Invite(leo, Senco, leoAsked, leoFinal), leoAsked, leoAsked.AddDays(38), Senco,
                ("B", "Leo decodes words well, but his reading comprehension is about two years below what is expected for his age. He is anxious at " +
                    "changes of routine and between lessons, and sometimes leaves the room."),
                ("F", "A reading comprehension programme in a group of no more than 4 pupils, 5 sessions of 20 minutes a week; a check-in with a named " +
                    "key adult at the start of the day and after lunch, using a calm plan and a visual timetable.")),
            Advice(leo, leoCase, AdviceType.EducationalPsychology, Invite(leo, Psychologist, leoAsked, leoFinal), leoAsked, leoAsked.AddDays(40), Psychologist,
                ("B", "Leo is autistic. He understands short spoken instructions but loses the thread of instructions with more than two steps, " +
                    "especially in a busy classroom. He becomes very anxious at changes of routine and at transitions between lessons."),
                ("F", "Direct speech and language therapy on understanding spoken language, with a programme for school staff to follow in class.")),
        ]);
        // Its review meeting is arranged for the day before it falls due; his mother has given her views.
        var leoReview = new AnnualReview
        {
            AssessmentCaseId = leoCase.Id,
            Number = 1,
            PlanOrLastReviewOn = leoFinal,
            MeetingOn = nextMonthTenth.AddDays(-2),
            ArrangedById = caseworker,
            ArrangedAt = now.AddDays(-14),
        };
        leoReview.Contributions.Add(new ReviewContribution
        {
            AnnualReviewId = leoReview.Id,
            AuthorId = ids[Parent],
            AuthorName = Parent.DisplayName,
            AuthorRole = Parent.Role,
            WorkingWell = "Leo has a key adult he trusts, and the quiet room at lunchtime means he stays in school all day.",
            NotWorking = "Homework still ends in tears most evenings, and the speech and language sessions stopped after Easter.",
            Changes = "Restart the speech and language sessions, and add help with organising his day now that he has moved to secondary school.",
            SubmittedAt = now.AddDays(-3),
        });
        leoCase.AnnualReviews.Add(leoReview);
        Audit(Caseworker, leo.Id, leoReview.ArrangedAt, $"Annual review {leoReview.Number} arranged for {leoReview.MeetingOn.ToUkDate()}");
        Audit(Parent, leo.Id, leoReview.Contributions[0].SubmittedAt, $"Views given for annual review {leoReview.Number}");

        // In week 12 of the assessment; the school's advice is three days overdue. Noah has dyspraxia and a weak
        // working memory: his plan is being written from the advice that has come in.
        var noahRequest = today.AddDays(-80);
        var noah = NewChild("Noah", "Osei", today.AddYears(-9).AddDays(-200), caseworker, noahRequest);
        var noahCase = new AssessmentCase { ChildId = noah.Id, RequestReceivedOn = noahRequest, DecisionToAssessOn = noahRequest.AddDays(35) };
        noah.Cases.Add(noahCase);
        noah.Family.Add(Link(noah, ids[SecondParent], "Father", noah.CreatedAt));
        var asked = noahCase.DecisionToAssessOn.Value;
        var sixMonths = today.AddMonths(6);
        noahCase.AdviceRequests.AddRange(
        [
            Advice(noah, noahCase, AdviceType.ParentOrYoungPerson, null, asked, asked.AddDays(20), SecondParent,
                ("A", "Noah is brave and determined, and brilliant at building things. Writing tires him out and he forgets spoken instructions, " +
                    "so he needs them written down as well as said. We want him to feel confident at school again.")),
            Advice(noah, noahCase, AdviceType.Education, Invite(noah, Senco, asked, sixMonths), asked),
            Advice(noah, noahCase, AdviceType.Health, Invite(noah, Paediatrician, asked, sixMonths), asked, asked.AddDays(30), Paediatrician,
                ("C", NoahHealth),
                ("G", "Occupational therapy assessment of his seating and handwriting, and a programme for school staff to follow, reviewed each term.")),
            Advice(noah, noahCase, AdviceType.SocialCare, Invite(noah, SocialWorker, asked, sixMonths), asked, asked.AddDays(38), SocialWorker,
                ("D", "No social care needs have been identified. The family know how to contact the Early Help team if that changes.")),
            Advice(noah, noahCase, AdviceType.EducationalPsychology, Invite(noah, Psychologist, asked, sixMonths), asked, asked.AddDays(41), Psychologist,
                ("B", NoahLearning),
                ("F", "Instructions broken into single steps and backed by a visual checklist; pre-teaching of new vocabulary in a small group, three times a week for 20 minutes.")),
        ]);

        // In week 6 of the assessment: everyone was asked a month ago, so their advice is due within two weeks.
        var islaRequest = today.AddDays(-40);
        var isla = NewChild("Isla", "Osei", today.AddYears(-6).AddDays(-120), caseworker, islaRequest);
        var islaCase = new AssessmentCase { ChildId = isla.Id, RequestReceivedOn = islaRequest, DecisionToAssessOn = islaRequest.AddDays(7) };
        isla.Cases.Add(islaCase);
        isla.Family.Add(Link(isla, ids[SecondParent], "Father", isla.CreatedAt));
        var islaAsked = today.AddDays(-30);
        islaCase.AdviceRequests.AddRange(
        [
            Advice(isla, islaCase, AdviceType.ParentOrYoungPerson, null, islaAsked),
            Advice(isla, islaCase, AdviceType.Education, Invite(isla, Senco, islaAsked, sixMonths), islaAsked),
            Advice(isla, islaCase, AdviceType.Health, Invite(isla, Paediatrician, islaAsked, sixMonths), islaAsked),
            Advice(isla, islaCase, AdviceType.EducationalPsychology, Invite(isla, Psychologist, islaAsked, sixMonths), islaAsked),
        ]);

        // A draft plan sent six days ago: the family has nine days left to respond. Mia is in Reception; only the
        // paediatrician and the educational psychologist have been asked so far.
        var miaRequest = today.AddDays(-126);
        var mia = NewChild("Mia", "Hughes", InYear(0, today, 1), caseworker, miaRequest);
        var miaCase = new AssessmentCase
        {
            ChildId = mia.Id,
            RequestReceivedOn = miaRequest,
            DecisionToAssessOn = miaRequest.AddDays(38),
            DraftPlanIssuedOn = today.AddDays(-6),
        };
        mia.Cases.Add(miaCase);
        mia.Family.Add(Link(mia, ids[ThirdParent], "Mother", mia.CreatedAt));
        var miaAsked = miaCase.DecisionToAssessOn.Value;
        miaCase.AdviceRequests.AddRange(
        [
            Advice(mia, miaCase, AdviceType.Health, Invite(mia, Paediatrician, miaAsked, sixMonths), miaAsked, miaRequest.AddDays(70), Paediatrician,
                ("C", "Mia has a global developmental delay and low muscle tone, which makes her tire quickly and affects her balance."),
                ("G", "A physiotherapy assessment and a programme to build Mia's core strength, carried out at school: a block of 6 weekly sessions, then a review.")),
            Advice(mia, miaCase, AdviceType.EducationalPsychology, Invite(mia, Psychologist, miaAsked, sixMonths), miaAsked, miaRequest.AddDays(78), Psychologist,
                ("B", "Mia uses about 20 single words and some Makaton signs. She understands familiar routines but not new spoken instructions. " +
                    "Her play and learning are at around the level expected of a child of 2 and a half."),
                ("F", "Speech and language therapy using Makaton and a picture exchange system, once a week, with a home programme for the family; " +
                    "adult-supported play with other children every day.")),
        ]);

        // A young person of 17 with his own account; his mother keeps access with his agreement. His plan was made
        // three years ago at secondary school and amended after his last annual review for his move to college.
        var jacobFinal = today.AddYears(-3).AddDays(-20);
        var jacob = NewChild("Jacob", "Hughes", today.AddYears(-17).AddDays(-60), caseworker, jacobFinal.AddDays(-138));
        var jacobCase = new AssessmentCase
        {
            ChildId = jacob.Id,
            RequestReceivedOn = jacobFinal.AddDays(-138),
            DecisionToAssessOn = jacobFinal.AddDays(-98),
            DraftPlanIssuedOn = jacobFinal.AddDays(-35),
            FinalPlanIssuedOn = jacobFinal,
            LastAnnualReviewOn = today.AddMonths(-5),
        };
        jacob.Cases.Add(jacobCase);
        jacob.Family.Add(Link(jacob, ids[YoungPerson], FamilyLink.Self, now));
        jacob.Family.Add(Link(jacob, ids[ThirdParent], "Mother", jacob.CreatedAt));
        var jacobAsked = jacobCase.DecisionToAssessOn.Value;
        jacobCase.AdviceRequests.AddRange(
        [
            Advice(jacob, jacobCase, AdviceType.ParentOrYoungPerson, null, jacobAsked, jacobAsked.AddDays(18), ThirdParent,
                ("A", "Jacob is thoughtful and honest, and very good with computers. He needs clear, written information in advance and must not be " +
                    "put on the spot in front of others. He would like to work with computers.")),
            Advice(jacob, jacobCase, AdviceType.Health, Invite(jacob, Paediatrician, jacobAsked, jacobFinal), jacobAsked, jacobAsked.AddDays(36), Paediatrician,
                ("C", "Jacob is supported by the child and adolescent mental health service (CAMHS) for anxiety."),
                ("G", "Treatment and review for anxiety by CAMHS, at least once a month, as set in his CAMHS care plan.")),
            Advice(jacob, jacobCase, AdviceType.EducationalPsychology, Invite(jacob, Psychologist, jacobAsked, jacobFinal), jacobAsked, jacobAsked.AddDays(40), Psychologist,
                ("B", "Jacob is autistic. He finds group work and unstructured social time very hard, and his high anxiety has led to periods of school refusal."),
                ("F", "A personalised timetable with a quiet base and advance written notice of change; weekly mentoring using a cognitive behavioural approach to anxiety.")),
        ]);

        foreach (var child in new[] { ava, leo, noah, isla, mia, jacob })
        {
            child.SendTeamId = team.Id;
            Audit(Caseworker, child.Id, child.CreatedAt,
                $"Request for an EHC needs assessment recorded ({Pages.Requests.AssessmentRequests.Describe(RequesterKind.Parent)}, received {child.Cases[0].RequestReceivedOn.ToUkDate()})");
            if (child.Cases[0].DecisionToAssessOn is { } decided)
            {
                Audit(Caseworker, child.Id, At(decided, 15), "Decided to carry out an EHC needs assessment");
            }
        }

        db.Children.AddRange(ava, leo, noah, isla, mia, jacob);
        await db.SaveChangesAsync(cancellationToken);
        db.AuditEvents.AddRange(history);
        await db.SaveChangesAsync(cancellationToken);

        Plans.Author As(Account a) => new(ids[a], a.DisplayName, a.Role);
        var people = new DemoPlans.People(As(Caseworker), As(TeamManager), As(Psychologist), As(Paediatrician), As(Senco), As(SocialWorker), As(Parent), As(YoungPerson), As(ThirdParent), As(SecondParent));
        await demoPlans.LeoAsync(leo.Id, leoFinal, leo.DateOfBirth, people);
        await demoPlans.NoahAsync(noah.Id, asked, people);
        await demoPlans.MiaAsync(mia.Id, miaCase.DraftPlanIssuedOn!.Value, mia.DateOfBirth, people);
        await demoPlans.JacobAsync(jacob.Id, jacobFinal, jacobCase.LastAnnualReviewOn!.Value, jacob.DateOfBirth, people);
        await LoadLocalOfferAsync(ids[Editor], now, cancellationToken);

        // Last: an import starts from an empty change tracker.
        var imported = await import.ImportAsync(new StringReader(PreviousSystemHistory(today)), await users.FindByIdAsync(ids[TeamManager]), "demo data", cancellationToken: cancellationToken);
        if (!imported.Imported)
        {
            throw new InvalidOperationException("Demo case history could not be imported: " + string.Join("; ", imported.Problems.Select(p => $"line {p.Line}: {p.Message}")));
        }
    }

    /// <summary>The prefix of the case references of the made-up history from the council's previous system.</summary>
    public const string HistoryReferencePrefix = "HIST-";

    /// <summary>
    /// The council's assessments of the 23 months before this one and this month so far, as its previous system would
    /// export them (made up, and the same for the same day): about 20 requests a month, most assessed, some refused;
    /// final plans some months mostly within 20 weeks and others mostly late; some cases still open past 30 weeks.
    /// Imported history belongs to no child in the portal, so it adds to the council's figures and to no caseload.
    /// </summary>
    public static string PreviousSystemHistory(DateOnly today)
    {
        var random = new Random(19);
        var csv = new StringBuilder(CaseHistoryFile.Header).Append('\n');
        var number = 0;
        for (var month = new DateOnly(today.Year, today.Month, 1).AddMonths(-23); month <= today; month = month.AddMonths(1))
        {
            var requests = 16 + random.Next(10);
            var onTimeChance = 35 + random.Next(45);
            for (var i = 0; i < requests; i++)
            {
                var received = month.AddDays(random.Next(DateTime.DaysInMonth(month.Year, month.Month)));
                var decided = received.AddDays(28 + random.Next(14));
                var refused = random.Next(100) < 20;
                var final = received.AddDays(random.Next(100) < onTimeChance ? 98 + random.Next(42) : 141 + random.Next(120));
                var noPlan = random.Next(100) < 5;
                var exception = random.Next(100) < 3;
                if (received > today)
                {
                    continue;
                }

                var (decision, decisionDate, finalDate, closedDate, reason) =
                    decided > today ? ("pending", "", "", "", "")
                    : refused ? ("refuse", Iso(decided), "", "", "")
                    : noPlan && final <= today ? ("assess", Iso(decided), "", Iso(final), "Decided not to issue a plan: needs met from the school's own resources")
                    : ("assess", Iso(decided), final <= today ? Iso(final) : "", "", "");
                csv.Append(CultureInfo.InvariantCulture, $"{HistoryReferencePrefix}{received.Year}-{++number:D4},{Iso(received)},{decision},{decisionDate},{finalDate},{closedDate},{reason},{(exception ? "true" : "false")}\n");
            }
        }

        return csv.ToString();
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The page the demo's first editor has changed and sent for approval, and some readers' answers.</summary>
    public const string DemoDraftSlug = "short-breaks";

    private async Task LoadLocalOfferAsync(string editorId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var file = LocalOfferContent.Read(library.ContentPath).FirstOrDefault(f => f.RelativePath == DemoDraftSlug + ".md");
        if (file is not null && LocalOfferParser.Parse(file.Source, file.RelativePath).Document is { } page)
        {
            var changed = page with
            {
                Body = page.Body + "\n\n## Summer holiday short breaks\n\nBooking for summer holiday activities opens in May. Places at open access " +
                    "schemes are offered first to children who have not had a place in the last year.",
            };
            db.LocalOfferDrafts.Add(new LocalOfferDraft
            {
                Slug = DemoDraftSlug,
                Source = changed.ToMarkdown(),
                Status = DraftStatus.Submitted,
                AuthorId = editorId,
                AuthorName = Editor.DisplayName,
                CreatedAt = now.AddDays(-2),
                UpdatedAt = now.AddDays(-1),
                SubmittedAt = now.AddDays(-1),
                ChangeNote = "Added when booking opens for summer holiday short breaks",
            });
        }

        db.LocalOfferFeedback.AddRange(
            new LocalOfferFeedback { Slug = "annual-reviews", Useful = true, At = now.AddDays(-6) },
            new LocalOfferFeedback { Slug = "annual-reviews", Useful = true, At = now.AddDays(-4) },
            new LocalOfferFeedback { Slug = "school-and-college-transport", Useful = false, At = now.AddDays(-3), Comment = "It does not say how long the council takes to decide." },
            new LocalOfferFeedback { Slug = "personal-budgets", Useful = false, At = now.AddDays(-1) });
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<string> CreateAsync(Account account, Guid? teamId, DateTimeOffset now)
    {
        var user = new PortalUser
        {
            UserName = account.Email,
            Email = account.Email,
            EmailConfirmed = true,
            DisplayName = account.DisplayName,
            Organisation = account.Organisation,
            SendTeamId = teamId,
            CreatedAt = now,
        };
        Check(await users.CreateAsync(user, Password));
        Check(await users.AddToRoleAsync(user, account.Role));
        return user.Id;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Demo data could not be loaded: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }

    /// <summary>What Noah's health advice and plan say of his needs, in the same words.</summary>
    public const string NoahHealth = "Noah has developmental coordination disorder (dyspraxia). He tires quickly when writing and finds buttons and laces hard.";

    /// <summary>What Noah's educational psychology advice and plan say of his learning, in the same words.</summary>
    public const string NoahLearning = "Noah's verbal reasoning is in the average range, but his working memory and processing speed are well below it. " +
        "He loses the thread of spoken instructions of more than two steps.";

    private Dictionary<Account, string> ids = [];
    private readonly List<AuditEvent> history = [];

    /// <summary>An audit entry by a demo person, worded as the page they would have used words it.</summary>
    private void Audit(Account who, Guid childId, DateTimeOffset at, string detail, AuditKind kind = AuditKind.RecordChanged) =>
        history.Add(AuditLog.Entry(at, kind, detail, childId, new AuditActor(ids[who], who.DisplayName, who.Role, who.Organisation), ipAddress: null));

    private static DateTimeOffset At(DateOnly day, int hour, int minute = 0) => new(day.ToDateTime(new TimeOnly(hour, minute)), TimeSpan.Zero);

    /// <summary>
    /// A birthday that puts a child in <paramref name="yearGroup"/> this school year (0 for Reception), <paramref name="monthsIn"/>
    /// months into their school year's births (September first), so the year group the demo's words name stays true.
    /// </summary>
    private static DateOnly InYear(int yearGroup, DateOnly today, int monthsIn) =>
        SchoolYear.StartOf(today).AddYears(-(yearGroup + 5)).AddMonths(monthsIn).AddDays(14);

    /// <summary>A child whose record was opened when their request was recorded.</summary>
    private static Child NewChild(string given, string family, DateOnly born, string caseworkerId, DateOnly requested) =>
        new() { GivenName = given, FamilyName = family, DateOfBirth = born, CaseworkerId = caseworkerId, CreatedAt = At(requested, 11) };

    private static FamilyLink Link(Child child, string userId, string relationship, DateTimeOffset at) =>
        new() { ChildId = child.Id, UserId = userId, Relationship = relationship, LinkedAt = at };

    /// <summary>An invitation the caseworker sent on <paramref name="on"/>, for the sections the professional usually writes, until <paramref name="endsOn"/>.</summary>
    private Guid Invite(Child child, Account professional, DateOnly on, DateOnly endsOn)
    {
        var invitation = new ProfessionalInvitation
        {
            ChildId = child.Id,
            Email = professional.Email,
            UserId = ids[professional],
            Role = professional.Role,
            Sections = string.Join(',', PlanSections.UsualFor(professional.Role)),
            InvitedById = ids[Caseworker],
            Organisation = professional.Organisation!,
            EndsOn = endsOn,
            InvitedAt = At(on, 9),
        };
        child.Invitations.Add(invitation);
        Audit(Caseworker, child.Id, invitation.InvitedAt, $"{PortalRoles.DisplayName(invitation.Role)}, {invitation.Organisation}", AuditKind.InvitationIssued);
        return invitation.Id;
    }

    /// <summary>A request for advice the caseworker made on <paramref name="asked"/>, and the advice <paramref name="by"/> gave on <paramref name="submitted"/>.</summary>
    private AdviceRequest Advice(
        Child child, AssessmentCase c, AdviceType type, Guid? invitation, DateOnly asked, DateOnly? submitted = null, Account? by = null, params (string Code, string Text)[] sections)
    {
        if (submitted.HasValue != (by is not null))
        {
            throw new ArgumentException("Advice given needs the person who gave it, and only advice given has one.", nameof(by));
        }

        var request = new AdviceRequest
        {
            AssessmentCaseId = c.Id,
            Type = type,
            InvitationId = invitation,
            RequestedOn = asked,
            RequestedById = ids[Caseworker],
            RequestedAt = At(asked, 9, 30),
            SubmittedOn = submitted,
            SubmittedById = by is null ? null : ids[by],
            SubmittedAt = submitted is { } day ? At(day, 10, 30) : null,
        };
        request.Sections.AddRange(sections.Select(s => new AdviceSection { AdviceRequestId = request.Id, SectionCode = s.Code, Text = s.Text }));
        var name = AdviceTimeliness.DisplayName(type);
        Audit(Caseworker, child.Id, request.RequestedAt.Value, $"Advice asked for: {name}, due {request.DueOn.ToUkDate()}");
        if (by is not null)
        {
            Audit(by, child.Id, request.SubmittedAt!.Value, $"Advice submitted: {name}");
        }

        return request;
    }
}
