using Devon.Send.Portal.Web.Plans;

namespace Devon.Send.Portal.Web.Demo;

/// <summary>
/// The demo children's plans, written and issued through the same store as real ones (so their histories are
/// hashed and verifiable), by the demo people, at dates relative to the demo cases. Every person is made up.
/// </summary>
public sealed class DemoPlans(PlanStore plans)
{
    public sealed record People(Author Caseworker, Author TeamManager, Author Psychologist, Author Paediatrician, Author Senco, Author SocialWorker, Author Parent, Author YoungPerson, Author ThirdParent, Author SecondParent);

    private static readonly Dictionary<string, string> Reasons = new()
    {
        ["A"] = "Written with the family at the planning meeting",
        ["B"] = "From the educational psychology and school advice",
        ["C"] = "From the health advice",
        ["D"] = "From the social care advice",
        ["E"] = "Outcomes agreed at the planning meeting",
        ["F"] = "Provision from the advice, specified and quantified",
        ["G"] = "From the health advice",
        ["H1"] = "From the social care advice",
        ["H2"] = "From the social care advice",
        ["I"] = "Type of setting agreed",
        ["J"] = "Family's decision on a personal budget",
        ["K"] = "Advice gathered during the assessment",
    };

    /// <summary>Leo, 11: a final plan a year old, written from his advice, with its annual review due next month. It passes the quality check.</summary>
    public async Task LeoAsync(Guid childId, DateOnly finalIssued, DateOnly born, People p)
    {
        var draftDay = At(finalIssued.AddDays(-30));
        var plan = await plans.StartAsync(childId, p.Caseworker, draftDay.AddDays(-10).AddMinutes(-30));
        await WriteAsync(plan, draftDay.AddDays(-10), new()
        {
            ["A"] = (p.Parent, Views(
                "I am funny and I know a lot about trains and the solar system. My mum says I am kind to my little sister.",
                "Knowing what is going to happen next. Having my headphones when it is loud. My cat, Biscuit.",
                "Tell me what is happening before it happens and show me a picture. Give me time to answer. Let me have a quiet space when I need one.",
                "I want to work on the railways when I am older. I want to go to the same secondary school as my friend Sam.",
                "Leo, with his mum, Sarah Carter, and his class teacher")),
            ["B"] = (p.Psychologist, Needs(
                ("Communication and interaction", "Leo is autistic. He understands short spoken instructions but loses the thread of instructions with more than two steps, especially in a busy classroom."),
                ("Social, emotional and mental health", "Leo becomes very anxious at changes of routine and at transitions between lessons, and may leave the room or refuse to start work."),
                ("Cognition and learning", "Leo decodes words well, but his reading comprehension is about two years below what is expected for his age."))),
            ["C"] = (p.Paediatrician, Needs(("", "Leo was diagnosed with autism in 2019. He has difficulty getting to sleep, which affects his concentration in the morning."))),
            ["D"] = (p.SocialWorker, None()),
            ["E"] = (p.Psychologist, Outcomes(
                ("By the end of Year 7, Leo will follow a three-step spoken instruction in class when it is given with a visual prompt, in 4 out of 5 lessons.", EndOfYear(born, 7), ["B1"]),
                ("By the end of Year 7, Leo will use his calm plan to manage moving between lessons without leaving the classroom, on at least 4 days a week.", EndOfYear(born, 7), ["B2", "C1"]),
                ("By July of Year 8, Leo's reading comprehension will be within a year of what is expected for his age, measured by the school's standardised test.", EndOfYear(born, 8), ["B3"]))),
            ["F"] = (p.Senco, Provision(
                ("Direct speech and language therapy on understanding spoken language, with a programme for school staff to follow in class.", "A specialist speech and language therapist from the NHS children's therapy service", "6 sessions of 45 minutes each half-term", "Until the annual review in Year 7", ["B1"], ["E1"]),
                ("A reading comprehension programme in a group of no more than 4 pupils.", "A teaching assistant trained in the programme, supervised by the SENCO", "5 sessions of 20 minutes each week in term time", "For 2 school terms, then reviewed with the family", ["B3"], ["E3"]),
                ("A check-in with a named key adult at the start of the day and after lunch, using Leo's calm plan and a visual timetable.", "A named key adult (teaching assistant) who knows Leo well", "Twice a day, 10 minutes each time, every school day", "Until the annual review in Year 7", ["B2", "C1"], ["E2"]))),
            ["G"] = (p.Paediatrician, Provision(
                ("A review of Leo's sleep and of how his autism affects him day to day, with advice to the family and school.", "A community paediatrician from Royal Devon University Healthcare", "One appointment every 6 months", "Until Leo is 16, then reviewed", ["C1"], ["E2"]))),
            ["H1"] = (p.Caseworker, None()),
            ["H2"] = (p.Caseworker, None()),
            ["I"] = (p.Caseworker, new SectionContent { Placement = new Placement("Mainstream secondary school", null) }),
            ["J"] = (p.Caseworker, None()),
            ["K"] = (p.Caseworker, Text(
                "- Educational psychology advice, Dr Lucy Moore, Devon Educational Psychology Service\n- Health advice, Dr Amir Khan, community paediatrician\n- Education advice, Helen Ward, SENCO, Exe Valley Primary School\n- Social care advice, Tom Bennett, Devon Children's Social Care\n- The views of Leo and his mum, Sarah Carter")),
        });
        await IssueAsync(plan, PlanVersionKind.Draft, p.Caseworker, draftDay);
        await plans.SaveAsync(plan, "I", 1, new SectionContent { Placement = new Placement("Mainstream secondary school", "Exe Valley Academy") },
            "The family asked for Exe Valley Academy in their response to the draft; the school agreed it can meet Leo's needs", p.Caseworker, draftDay.AddDays(20));
        await IssueAsync(plan, PlanVersionKind.Final, p.Caseworker, At(finalIssued));
    }

    /// <summary>Mia, 5, in Reception: Draft 1 was sent six days ago and her mother has nine days left to respond. One provision is still vague.</summary>
    public async Task MiaAsync(Guid childId, DateOnly draftIssued, DateOnly born, People p)
    {
        var day = At(draftIssued);
        var plan = await plans.StartAsync(childId, p.Caseworker, day.AddDays(-5).AddMinutes(-30));
        await WriteAsync(plan, day.AddDays(-5), new()
        {
            ["A"] = (p.ThirdParent, Views(
                "Mia is cheerful and loves music, dancing and splashing in puddles. She gives the best hugs.",
                "Her big brother Jacob, her toy rabbit, and knowing which grown-up will help her.",
                "Mia learns by copying and needs lots of repetition. Signs and pictures help her understand. She tires quickly in the afternoon.",
                "We want Mia to make friends and to be able to tell people what she needs.",
                "Jo Hughes, Mia's mum")),
            ["B"] = (p.Psychologist, Needs(
                ("Communication and interaction", "Mia uses about 20 single words and some Makaton signs. She understands familiar routines but not new spoken instructions."),
                ("Cognition and learning", "Mia's play and learning are at around the level expected of a child of 2 and a half."))),
            ["C"] = (p.Paediatrician, Needs(("", "Mia has a global developmental delay and low muscle tone, which makes her tire quickly and affects her balance."))),
            ["D"] = (p.Caseworker, None()),
            ["E"] = (p.Psychologist, Outcomes(
                ("By the end of Reception, Mia will use 50 words or signs to ask for what she needs.", EndOfYear(born, 0), ["B1"]),
                ("By the end of Reception, Mia will take part in a small-group activity for 10 minutes with adult support.", EndOfYear(born, 0), ["B2", "C1"]))),
            ["F"] = (p.Psychologist, Provision(
                ("Speech and language therapy using Makaton and a picture exchange system, with a home programme for the family.", "A specialist speech and language therapist", "1 session of 30 minutes each week in term time", "Until the first annual review", ["B1"], ["E1"]),
                ("Regular opportunities for play with other children, supported by an adult.", "Staff at the school", "As required", "Ongoing", ["B2"], ["E2"]))),
            ["G"] = (p.Paediatrician, Provision(
                ("Physiotherapy assessment and a programme to build Mia's core strength, carried out at school.", "A paediatric physiotherapist from the NHS", "A block of 6 weekly sessions of 45 minutes, then a review", "6 weeks, then as the review decides", ["C1"], ["E2"]))),
            ["H1"] = (p.Caseworker, None()),
            ["H2"] = (p.Caseworker, None()),
            ["I"] = (p.Caseworker, new SectionContent { Placement = new Placement("Mainstream primary school with a resource base for communication needs", null) }),
            ["J"] = (p.Caseworker, None()),
            ["K"] = (p.Caseworker, Text("- Educational psychology advice, Dr Lucy Moore\n- Health advice, Dr Amir Khan\n- The views of Mia's mum, Jo Hughes")),
        });
        await IssueAsync(plan, PlanVersionKind.Draft, p.TeamManager, day,
            "Issued on time so the family can respond; the play provision in F2 will be specified once the school in section I is named");
    }

    /// <summary>Noah, 9: in week 12 of his assessment; the plan is being written from the advice as it arrives, and the school's is late.</summary>
    public async Task NoahAsync(Guid childId, DateOnly adviceAsked, People p)
    {
        var plan = await plans.StartAsync(childId, p.Caseworker, At(adviceAsked.AddDays(30)).AddMinutes(-30));
        await WriteAsync(plan, At(adviceAsked.AddDays(30)), new()
        {
            ["A"] = (p.SecondParent, Views(
                "Noah is brave and determined. He is brilliant at building things and he never gives up on a puzzle.",
                "Football with his cousins, his dog Pepper, and being treated like everyone else.",
                "Noah needs instructions written down as well as said, one step at a time. Writing tires him, so he works best in short bursts with movement breaks.",
                "Noah wants to be an engineer. We want him to feel confident at school again.",
                "Noah and his dad, Kwame Osei")),
            ["C"] = (p.Paediatrician, Needs(("", DemoData.NoahHealth))),
        });
        await WriteAsync(plan, At(adviceAsked.AddDays(41)), new()
        {
            ["B"] = (p.Psychologist, Needs(
                ("Cognition and learning", DemoData.NoahLearning),
                ("Social, emotional and mental health", "Noah's confidence in learning is low; he avoids writing tasks and says he is \"stupid\"."))),
        });
    }

    /// <summary>Jacob, 17: a final plan three years old, amended after his last annual review (in Year 11) to prepare for college.</summary>
    public async Task JacobAsync(Guid childId, DateOnly finalIssued, DateOnly lastReview, DateOnly born, People p)
    {
        var draftDay = At(finalIssued.AddDays(-35));
        var plan = await plans.StartAsync(childId, p.Caseworker, draftDay.AddDays(-7).AddMinutes(-30));
        await WriteAsync(plan, draftDay.AddDays(-7), new()
        {
            ["A"] = (p.ThirdParent, Views(
                "Jacob is thoughtful and honest, with a dry sense of humour. He is very good with computers.",
                "Gaming with his online friends, routine, and being given time to think.",
                "Give Jacob clear, written information in advance. Do not put him on the spot in front of others.",
                "Jacob would like to work with computers.",
                "Jacob and his mum, Jo Hughes")),
            ["B"] = (p.Psychologist, Needs(
                ("Communication and interaction", "Jacob is autistic. He finds group work and unstructured social time very hard."),
                ("Social, emotional and mental health", "Jacob experiences high anxiety, which has led to periods of school refusal."))),
            ["C"] = (p.Paediatrician, Needs(("", "Jacob is supported by the child and adolescent mental health service for anxiety."))),
            ["D"] = (p.Caseworker, None()),
            ["E"] = (p.Psychologist, Outcomes(
                ("By the end of Year 11, Jacob will attend at least 90% of his timetabled lessons.", EndOfYear(born, 11), ["B2", "C1"]),
                ("By the end of Year 11, Jacob will take part in paired work in two subjects each week.", EndOfYear(born, 11), ["B1"]))),
            ["F"] = (p.Psychologist, Provision(
                ("A personalised timetable with a quiet base for unstructured times, and advance written notice of any change.", "The SENCO, with a named mentor", "Every school day", "Until the end of Year 11", ["B1", "B2"], ["E1", "E2"]),
                ("Mentoring sessions using a cognitive behavioural approach to anxiety.", "A trained learning mentor", "1 session of 45 minutes each week in term time", "Until the end of Year 11", ["B2"], ["E1"]))),
            ["G"] = (p.Paediatrician, Provision(
                ("Treatment and review for anxiety.", "The child and adolescent mental health service (CAMHS)", "As set in Jacob's CAMHS care plan, at least once a month", "Until discharged by CAMHS", ["C1"], ["E1"]))),
            ["H1"] = (p.Caseworker, None()),
            ["H2"] = (p.Caseworker, None()),
            ["I"] = (p.Caseworker, new SectionContent { Placement = new Placement("Mainstream secondary school", null) }),
            ["J"] = (p.Caseworker, None()),
            ["K"] = (p.Caseworker, Text("- Educational psychology advice, Dr Lucy Moore\n- Health advice, Dr Amir Khan, with CAMHS\n- The views of Jacob and his mum, Jo Hughes")),
        });
        await IssueAsync(plan, PlanVersionKind.Draft, p.Caseworker, draftDay);
        await plans.SaveAsync(plan, "I", 1, new SectionContent { Placement = new Placement("Mainstream secondary school", "Teign Valley Community College") },
            "Named the school the family asked for", p.Caseworker, draftDay.AddDays(18));
        await IssueAsync(plan, PlanVersionKind.Final, p.Caseworker, At(finalIssued));

        // After the last annual review: preparing for adulthood and the move to college.
        var review = At(lastReview);
        await plans.SaveAsync(plan, "A", 1, Views(
            "I am honest and I am good with computers. People say I explain things well.",
            "Routine, my online friends, and being asked what I think.",
            "Give me written information in advance. Let me email questions instead of asking in front of a group.",
            "I want to study IT at college, then get a job in computer support and live on my own one day.",
            "Jacob, with his mum, Jo Hughes"), "Jacob rewrote his views at his Year 11 annual review", p.YoungPerson, review.AddDays(2));
        await plans.SaveAsync(plan, "E", 1, KeptOutcomes(
            ("E1", "By the end of his first year at college, Jacob will attend at least 90% of his timetabled sessions.", lastReview.AddMonths(10), ["B2", "C1"]),
            ("E2", "By the end of his first year at college, Jacob will take part in paired or group work in two sessions each week.", lastReview.AddMonths(10), ["B1"]),
            ("", "By the end of his first year at college, Jacob will travel to college on the bus on his own.", lastReview.AddMonths(10), ["B2"]),
            ("", "By the end of his course, Jacob will complete a work placement of two weeks in an IT support team.", lastReview.AddMonths(22), ["B1", "B2"])),
            "Preparing for adulthood outcomes agreed at the annual review", p.Caseworker, review.AddDays(10));
        await plans.SaveAsync(plan, "F", 1, Provision(
            ("Travel training from home to college, ending with independent travel.", "The council's independent travel training team", "3 sessions a week for the first 6 weeks of term", "6 weeks, then reviewed", ["B2"], ["E3"]),
            ("A named learning support tutor at college, with a weekly planning meeting and a quiet room for breaks.", "A learning support tutor at the college", "1 meeting of 30 minutes each week in term time", "Until the end of his course", ["B1", "B2"], ["E1", "E2", "E4"])),
            "Provision for college agreed at the annual review", p.Caseworker, review.AddDays(10));
        await plans.SaveAsync(plan, "I", 2, new SectionContent { Placement = new Placement("General further education college", "South Devon College (demo)") },
            "Jacob moves to college in September", p.Caseworker, review.AddDays(10));
        await IssueAsync(plan, PlanVersionKind.AmendmentDraft, p.Caseworker, review.AddDays(14));
        await IssueAsync(plan, PlanVersionKind.AmendedFinal, p.Caseworker, review.AddDays(40));
    }

    /// <summary>Issues as the portal would: the quality check's findings are counted, and any must come with a reason.</summary>
    private async Task IssueAsync(EhcPlan plan, PlanVersionKind kind, Author by, DateTimeOffset at, string? overrideReason = null)
    {
        var current = await plans.CurrentAsync(plan);
        var findings = PlanQuality.Check(current.Contents, await plans.FamilyContributedToAAsync(plan.Id), forFinal: kind != PlanVersionKind.Draft);
        if (findings.Count > 0 && overrideReason is null)
        {
            throw new InvalidOperationException($"Demo plan would be issued with open findings: {string.Join("; ", findings.Select(f => f.Message))}");
        }

        await plans.IssueAsync(plan, kind, by, findings.Count, findings.Count > 0 ? overrideReason : null, at);
    }

    private async Task WriteAsync(EhcPlan plan, DateTimeOffset at, Dictionary<string, (Author Author, SectionContent Content)> sections)
    {
        var minute = 0;
        foreach (var (code, (author, content)) in sections)
        {
            var current = (await plans.CurrentAsync(plan)).Sections.GetValueOrDefault(code)?.Number ?? 0;
            await plans.SaveAsync(plan, code, current, content, Reasons[code], author, at.AddMinutes(minute += 7));
        }
    }

    /// <summary>
    /// The end of July of the school year in which a child born on <paramref name="born"/> is in <paramref name="yearGroup"/>
    /// (0 for Reception): that year begins on the first 1 September after they are <paramref name="yearGroup"/> + 4.
    /// </summary>
    private static DateOnly EndOfYear(DateOnly born, int yearGroup) =>
        new(SchoolYear.StartOf(StatutoryClock.Birthday(born, yearGroup + 4)).Year + 2, 7, 31);

    private static DateTimeOffset At(DateOnly day) => new(day.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero);

    private static SectionContent Views(string about, string important, string support, string hopes, string with) =>
        new() { Views = new FamilyViews(about, important, support, hopes, with) };

    private static SectionContent Needs(params (string Area, string Text)[] needs) =>
        new() { Needs = [.. needs.Select(n => new Need("", n.Area.Length == 0 ? null : n.Area, n.Text))] };

    private static SectionContent Outcomes(params (string Text, DateOnly By, string[] Needs)[] outcomes) =>
        KeptOutcomes([.. outcomes.Select(o => ("", o.Text, o.By, o.Needs))]);

    /// <summary>Outcomes that keep their ids across a revision ("" for a new one).</summary>
    private static SectionContent KeptOutcomes(params (string Id, string Text, DateOnly By, string[] Needs)[] outcomes) =>
        new() { Outcomes = [.. outcomes.Select(o => new Outcome(o.Id, o.Text, new DateOnly(o.By.Year, o.By.Month, DateTime.DaysInMonth(o.By.Year, o.By.Month)), o.Needs))] };

    private static SectionContent Provision(params (string What, string Who, string Often, string Long, string[] Needs, string[] Outcomes)[] items) =>
        new() { Provision = [.. items.Select(i => new ProvisionItem("", i.What, i.Who, i.Often, i.Long, i.Needs, i.Outcomes))] };

    private static SectionContent None() => new() { NoneIdentified = true };

    private static SectionContent Text(string text) => new() { Text = text };
}
