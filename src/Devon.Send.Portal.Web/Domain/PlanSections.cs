namespace Devon.Send.Portal.Web.Domain;

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

    public static bool IsCode(string code) => All.Any(s => s.Code == code);

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
