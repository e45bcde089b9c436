namespace Devon.Send.Portal.Web.Domain;

/// <summary>What a section holds, and so how it is written, checked and compared.</summary>
public enum SectionKind
{
    /// <summary>A: the views, interests and aspirations, in the family's words.</summary>
    Views,

    /// <summary>B, C, D: needs, each one identified so provision and outcomes can name it.</summary>
    Needs,

    /// <summary>E: outcomes, each with a time frame and the needs it addresses.</summary>
    Outcomes,

    /// <summary>F, G, H1, H2: provision, specified and quantified.</summary>
    Provision,

    /// <summary>I: the school or setting (not named in a draft).</summary>
    Placement,

    /// <summary>J, K: free text.</summary>
    Text,
}

/// <summary>The sections of an EHC plan, each separately identified (Reg 12, CoP 9.62).</summary>
public static class PlanSections
{
    public static readonly IReadOnlyList<(string Code, string Title)> All =
    [
        ("A", "Views, interests and aspirations"),
        ("B", "Special educational needs"),
        ("C", "Health needs related to SEN"),
        ("D", "Social care needs"),
        ("E", "Outcomes"),
        ("F", "Special educational provision"),
        ("G", "Health provision"),
        ("H1", "Social care provision (Chronically Sick and Disabled Persons Act 1970, section 2)"),
        ("H2", "Other social care provision"),
        ("I", "Placement"),
        ("J", "Personal budget"),
        ("K", "Advice and information"),
    ];

    public static readonly IReadOnlyList<string> Codes = [.. All.Select(s => s.Code)];

    /// <summary>The four broad areas of need of the Code of Practice (6.28), used to group needs in section B.</summary>
    public static readonly IReadOnlyList<string> AreasOfNeed =
    [
        "Communication and interaction",
        "Cognition and learning",
        "Social, emotional and mental health",
        "Sensory and/or physical",
    ];

    public static bool IsCode(string? code) => code is not null && All.Any(s => s.Code == code);

    public static string Title(string code) => All.Single(s => s.Code == code).Title;

    /// <summary>What a section is about, in the words a family uses: "the school or other place".</summary>
    public static string PlainTitle(string code) => code switch
    {
        "A" => "views, interests and hopes",
        "B" => "special educational needs",
        "C" => "health needs",
        "D" => "social care needs",
        "E" => "what the support should achieve",
        "F" => "the support for learning",
        "G" => "health support",
        "H1" or "H2" => "social care support",
        "I" => "the school or other place",
        "J" => "personal budget",
        "K" => "advice and information",
        _ => Title(code),
    };

    public static SectionKind KindOf(string code) => code switch
    {
        "A" => SectionKind.Views,
        "B" or "C" or "D" => SectionKind.Needs,
        "E" => SectionKind.Outcomes,
        "F" or "G" or "H1" or "H2" => SectionKind.Provision,
        "I" => SectionKind.Placement,
        _ => SectionKind.Text,
    };

    /// <summary>Sections that must either say something or say plainly that there is nothing (CoP 9.69).</summary>
    public static bool MayBeNone(string code) => code is "C" or "D" or "G" or "H1" or "H2" or "J";

    /// <summary>The provision sections, and the needs sections whose needs they meet.</summary>
    public static readonly IReadOnlyList<string> ProvisionCodes = ["F", "G", "H1", "H2"];

    public static readonly IReadOnlyList<string> NeedsCodes = ["B", "C", "D"];

    /// <summary>The sections each kind of professional usually contributes to, offered as the default.</summary>
    public static IReadOnlyList<string> UsualFor(string role) => role switch
    {
        PortalRoles.EducationProfessional => ["B", "E", "F", "K"],
        PortalRoles.HealthProfessional => ["C", "G", "K"],
        PortalRoles.SocialCareProfessional => ["D", "H1", "H2", "K"],
        PortalRoles.EducationalPsychologist => ["B", "E", "F", "K"],
        _ => ["K"],
    };
}
