using Devon.Send.Portal.Web.LocalOffer;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Devon.Send.Portal.Web.Demo;

/// <summary>
/// Made-up families, children and staff for trying the portal: every name and address is fictional.
/// Dates are set relative to today so that each case is always at the stage it describes.
/// </summary>
public sealed class DemoData(PortalDbContext db, UserManager<PortalUser> users, DemoPlans demoPlans, TimeProvider clock, LocalOfferLibrary library)
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
        var ids = new Dictionary<Account, string>();
        foreach (var account in AllAccounts)
        {
            ids[account] = await CreateAsync(account, PortalRoles.CouncilStaff.Contains(account.Role) ? team.Id : null, now);
        }

        var caseworker = ids[Caseworker];
        var nextMonthTenth = new DateOnly(today.Year, today.Month, 10).AddMonths(1);

        // A new request, waiting for the decision whether to assess.
        var ava = NewChild("Ava", "Carter", today.AddYears(-7).AddDays(-40), caseworker, now);
        ava.Family.Add(Link(ava, ids[Parent], "Mother", now));
        ava.Cases.Add(new AssessmentCase { ChildId = ava.Id, RequestReceivedOn = today.AddDays(-10) });

        // A final plan whose annual review falls due next month.
        var leo = NewChild("Leo", "Carter", today.AddYears(-11).AddDays(-100), caseworker, now);
        leo.Family.Add(Link(leo, ids[Parent], "Mother", now));
        var leoFinal = nextMonthTenth.AddMonths(-12);
        leo.Cases.Add(new AssessmentCase
        {
            ChildId = leo.Id,
            RequestReceivedOn = leoFinal.AddDays(-133),
            DecisionToAssessOn = leoFinal.AddDays(-100),
            DraftPlanIssuedOn = leoFinal.AddDays(-30),
            FinalPlanIssuedOn = leoFinal,
        });
        // Its review meeting is arranged for the day before it falls due; his mother has given her views.
        var leoReview = new AnnualReview
        {
            AssessmentCaseId = leo.Cases[0].Id,
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
        leo.Cases[0].AnnualReviews.Add(leoReview);

        // In week 12 of the assessment; the school's advice is three days overdue.
        var noah = NewChild("Noah", "Osei", today.AddYears(-9).AddDays(-200), caseworker, now);
        noah.Family.Add(Link(noah, ids[SecondParent], "Father", now));
        var noahRequest = today.AddDays(-80);
        var noahCase = new AssessmentCase { ChildId = noah.Id, RequestReceivedOn = noahRequest, DecisionToAssessOn = noahRequest.AddDays(35) };
        noah.Cases.Add(noahCase);
        var asked = noahCase.DecisionToAssessOn.Value;
        noahCase.AdviceRequests.AddRange(
        [
            Advice(noahCase, AdviceType.ParentOrYoungPerson, null, asked, asked.AddDays(20)),
            Advice(noahCase, AdviceType.Education, Invite(noah, Senco, ids, today, now), asked, null),
            Advice(noahCase, AdviceType.Health, Invite(noah, Paediatrician, ids, today, now), asked, asked.AddDays(30), ids[Paediatrician],
                ("C", "Noah has a diagnosis of developmental coordination disorder (dyspraxia). He tires quickly when writing and finds buttons and laces hard."),
                ("G", "Occupational therapy assessment of his seating and handwriting, and a programme for school staff to follow, reviewed each term.")),
            Advice(noahCase, AdviceType.SocialCare, Invite(noah, SocialWorker, ids, today, now), asked, asked.AddDays(38), ids[SocialWorker],
                ("D", "No social care needs have been identified. The family know how to contact the Early Help team if that changes.")),
            Advice(noahCase, AdviceType.EducationalPsychology, Invite(noah, Psychologist, ids, today, now), asked, asked.AddDays(41), ids[Psychologist],
                ("B", "Noah's verbal reasoning is in the average range, but his working memory and processing speed are well below it. He loses the thread of spoken instructions of more than two steps."),
                ("F", "Instructions broken into single steps and backed by a visual checklist; pre-teaching of new vocabulary in a small group, three times a week for 20 minutes.")),
        ]);

        // In week 6 of the assessment: everyone was asked a month ago, so their advice is due within two weeks.
        var isla = NewChild("Isla", "Osei", today.AddYears(-6).AddDays(-120), caseworker, now);
        isla.Family.Add(Link(isla, ids[SecondParent], "Father", now));
        var islaRequest = today.AddDays(-40);
        var islaCase = new AssessmentCase { ChildId = isla.Id, RequestReceivedOn = islaRequest, DecisionToAssessOn = islaRequest.AddDays(7) };
        isla.Cases.Add(islaCase);
        var islaAsked = today.AddDays(-30);
        islaCase.AdviceRequests.AddRange(
        [
            Advice(islaCase, AdviceType.ParentOrYoungPerson, null, islaAsked, null),
            Advice(islaCase, AdviceType.Education, Invite(isla, Senco, ids, today, now), islaAsked, null),
            Advice(islaCase, AdviceType.Health, Invite(isla, Paediatrician, ids, today, now), islaAsked, null),
            Advice(islaCase, AdviceType.EducationalPsychology, Invite(isla, Psychologist, ids, today, now), islaAsked, null),
        ]);

        // A draft plan sent six days ago: the family has nine days left to respond.
        var mia = NewChild("Mia", "Hughes", today.AddYears(-5).AddDays(-90), caseworker, now);
        mia.Family.Add(Link(mia, ids[ThirdParent], "Mother", now));
        var miaRequest = today.AddDays(-126);
        var miaCase = new AssessmentCase
        {
            ChildId = mia.Id,
            RequestReceivedOn = miaRequest,
            DecisionToAssessOn = miaRequest.AddDays(38),
            DraftPlanIssuedOn = today.AddDays(-6),
        };
        mia.Cases.Add(miaCase);
        miaCase.AdviceRequests.AddRange(
        [
            Advice(miaCase, AdviceType.Health, Invite(mia, Paediatrician, ids, today, now), miaRequest.AddDays(38), miaRequest.AddDays(70)),
            Advice(miaCase, AdviceType.EducationalPsychology, Invite(mia, Psychologist, ids, today, now), miaRequest.AddDays(38), miaRequest.AddDays(78)),
        ]);

        // A young person of 17 with his own account; his mother keeps access with his agreement.
        var jacob = NewChild("Jacob", "Hughes", today.AddYears(-17).AddDays(-60), caseworker, now);
        jacob.Family.Add(Link(jacob, ids[YoungPerson], FamilyLink.Self, now));
        jacob.Family.Add(Link(jacob, ids[ThirdParent], "Mother", now));
        var jacobFinal = today.AddYears(-3).AddDays(-20);
        jacob.Cases.Add(new AssessmentCase
        {
            ChildId = jacob.Id,
            RequestReceivedOn = jacobFinal.AddDays(-138),
            DecisionToAssessOn = jacobFinal.AddDays(-98),
            DraftPlanIssuedOn = jacobFinal.AddDays(-35),
            FinalPlanIssuedOn = jacobFinal,
            LastAnnualReviewOn = today.AddMonths(-5),
        });

        foreach (var child in new[] { ava, leo, noah, isla, mia, jacob })
        {
            child.SendTeamId = team.Id;
        }

        db.Children.AddRange(ava, leo, noah, isla, mia, jacob);
        await db.SaveChangesAsync(cancellationToken);

        Plans.Author As(Account a) => new(ids[a], a.DisplayName, a.Role);
        var people = new DemoPlans.People(As(Caseworker), As(TeamManager), As(Psychologist), As(Paediatrician), As(Senco), As(SocialWorker), As(Parent), As(YoungPerson), As(ThirdParent), As(SecondParent));
        await demoPlans.LeoAsync(leo.Id, leoFinal, people);
        await demoPlans.NoahAsync(noah.Id, asked, people);
        await demoPlans.MiaAsync(mia.Id, miaCase.DraftPlanIssuedOn!.Value, people);
        await demoPlans.JacobAsync(jacob.Id, jacobFinal, jacob.Cases[0].LastAnnualReviewOn!.Value, people);
        await LoadLocalOfferAsync(ids[Editor], now, cancellationToken);
    }

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

    private static Child NewChild(string given, string family, DateOnly born, string caseworkerId, DateTimeOffset now) =>
        new() { GivenName = given, FamilyName = family, DateOfBirth = born, CaseworkerId = caseworkerId, CreatedAt = now };

    private static FamilyLink Link(Child child, string userId, string relationship, DateTimeOffset now) =>
        new() { ChildId = child.Id, UserId = userId, Relationship = relationship, LinkedAt = now };

    private static Guid Invite(Child child, Account professional, Dictionary<Account, string> ids, DateOnly today, DateTimeOffset now)
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
            EndsOn = today.AddMonths(6),
            InvitedAt = now,
        };
        child.Invitations.Add(invitation);
        return invitation.Id;
    }

    private static AdviceRequest Advice(AssessmentCase c, AdviceType type, Guid? invitation, DateOnly asked, DateOnly? submitted, string? submittedBy = null, params (string Code, string Text)[] sections)
    {
        var request = new AdviceRequest
        {
            AssessmentCaseId = c.Id,
            Type = type,
            InvitationId = invitation,
            RequestedOn = asked,
            SubmittedOn = submitted,
            SubmittedById = submittedBy,
            SubmittedAt = submittedBy is null ? null : new DateTimeOffset(submitted!.Value.ToDateTime(new TimeOnly(10, 30)), TimeSpan.Zero),
        };
        request.Sections.AddRange(sections.Select(s => new AdviceSection { AdviceRequestId = request.Id, SectionCode = s.Code, Text = s.Text }));
        return request;
    }
}
