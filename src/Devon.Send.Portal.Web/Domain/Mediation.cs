namespace Devon.Send.Portal.Web.Domain;

/// <summary>
/// The family's mediation about one appealable decision (Children and Families Act 2014, sections 52 to 55; SEND
/// Regulations 2014, regulations 32 to 42): when they contacted the mediation adviser, whether they chose mediation,
/// when they told the council, when it was held, and when the certificate was issued. The certificate can move the
/// last day to appeal: 1 month after it, if that is later than 2 months after the decision (Tribunal rules, rule 20(1)).
/// Recorded by the family, or by the caseworker for them; changed as it goes on.
/// </summary>
public sealed class Mediation
{
    /// <summary>The council must arrange mediation within 30 days of being told the family wants it.</summary>
    public const int ArrangeWithinDays = 30;

    /// <summary>The adviser issues the certificate within 3 working days of the family declining mediation, or of mediation ending.</summary>
    public const int CertificateWorkingDays = 3;

    public const int AgreedOtherMaxLength = 1_000;

    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid AssessmentCaseId { get; init; }

    /// <summary>The day of the decision the mediation is about: one mediation a decision.</summary>
    public DateOnly DecisionOn { get; init; }

    public DateOnly AdviserContactedOn { get; set; }
    public bool Pursued { get; set; }

    /// <summary>When the family told the council they want mediation: the council's 30 days start.</summary>
    public DateOnly? CouncilToldOn { get; set; }

    public DateOnly? HeldOn { get; set; }
    public DateOnly? CertificateOn { get; set; }

    /// <summary>The day of the written agreement the mediation reached, if it reached one (Reg 42(1)).</summary>
    public DateOnly? AgreementOn { get; set; }

    /// <summary>What the agreement requires of the council on matters the family could appeal: counted as if the Tribunal had ordered it (Reg 42(2)).</summary>
    public TribunalOrders AgreedOrders { get; set; }

    /// <summary>Anything else the agreement requires (a health or social care provision, for example), on which there is no appeal: 2 weeks (Reg 42(3)).</summary>
    public string? AgreedOther { get; set; }

    /// <summary>A different time the parties agreed in writing, in place of the regulation's (Reg 42(5)).</summary>
    public DateOnly? AgreedDueOn { get; set; }

    /// <summary>The day the council did what was agreed, for what the portal keeps no record of itself.</summary>
    public DateOnly? AgreementDoneOn { get; set; }

    public string? RecordedById { get; set; }
    public DateTimeOffset RecordedAt { get; set; }

    /// <summary>The last day for the council to hold the mediation; null unless the family chose it and told the council.</summary>
    public DateOnly? ArrangeBy => Pursued && CouncilToldOn is { } told ? told.AddDays(ArrangeWithinDays) : null;

    /// <summary>The day the certificate is expected by: 3 working days after the family declined mediation (at contact), or after it was held.</summary>
    public DateOnly? CertificateExpectedBy => Pursued
        ? HeldOn is { } held ? StatutoryClock.WorkingDaysAfter(held, CertificateWorkingDays) : null
        : StatutoryClock.WorkingDaysAfter(AdviserContactedOn, CertificateWorkingDays);

    /// <summary>
    /// What the mediation agreement requires of the council, and by when (SEND Regulations 2014, regulation 42): on
    /// matters the family could appeal, the limits of regulation 44 as if the agreement were an order (Reg 42(2)); anything
    /// else within 2 weeks of the agreement (Reg 42(3)); or, for every step, the time the parties agreed in writing (Reg 42(5)).
    /// </summary>
    public IReadOnlyList<AgreedStep> AgreementRequires()
    {
        if (AgreementOn is not { } agreed)
        {
            return [];
        }

        var list = TribunalDeadlines.Ordered(AgreedOrders, agreed, paragraph => $"SEND Regulations 2014, regulations 42(2) and {paragraph}")
            .Select(r => new AgreedStep(r.Step, r.Due, r.LegalBasis)).ToList();
        if (!string.IsNullOrWhiteSpace(AgreedOther))
        {
            list.Add(new(null, agreed.AddDays(AgreedOtherDays), "SEND Regulations 2014, regulation 42(3)"));
        }

        return AgreedDueOn is { } written
            ? [.. list.Select(r => r with { Due = written, LegalBasis = "SEND Regulations 2014, regulation 42(5): the time agreed in writing" })]
            : list;
    }

    /// <summary>"within two weeks of the date of the mediation agreement" (Reg 42(3)).</summary>
    public const int AgreedOtherDays = 14;

    /// <summary>What is wrong with these dates, by field, in words for the person recording them; empty when they are fine.</summary>
    public static IReadOnlyList<(string Field, string Problem)> Problems(DateOnly decisionOn, DateOnly today, DateOnly contacted, bool pursued, DateOnly? told, DateOnly? held, DateOnly? certificate)
    {
        var problems = new List<(string, string)>();
        void Check(string field, string name, DateOnly? day, DateOnly notBefore, string before)
        {
            if (day is { } d && d > today)
            {
                problems.Add((field, $"{name} must be today or in the past"));
            }
            else if (day is { } e && e < notBefore)
            {
                problems.Add((field, $"{name} must be on or after {before}, {notBefore.ToUkDate()}"));
            }
        }

        Check("AdviserContactedOn", "The date you contacted the mediation adviser", contacted, decisionOn, "the date of the decision");
        Check("CouncilToldOn", "The date you told the council", told, decisionOn, "the date of the decision");
        Check("HeldOn", "The date of the mediation", held, contacted, "the date you contacted the adviser");
        Check("CertificateOn", "The date of the certificate", certificate, contacted, "the date you contacted the adviser");
        if (!pursued && held is not null)
        {
            problems.Add(("HeldOn", "You said you did not want mediation. Leave the date of the mediation empty, or say you wanted mediation"));
        }

        return problems;
    }
}

/// <summary>One thing a mediation agreement requires of the council: a step the Tribunal could have ordered, or (null) the other thing agreed.</summary>
public sealed record AgreedStep(ComplianceStep? Step, DateOnly Due, string LegalBasis);
