namespace Devon.Send.Portal.Web.Domain;

/// <summary>Who uses the portal: families, professionals, council staff, Local Offer editors and administrators. The names are stored in the database and in Entra app roles.</summary>
public static class PortalRoles
{
    public const string Parent = "Parent";
    public const string YoungPerson = "YoungPerson";
    public const string EducationProfessional = "EducationProfessional";
    public const string HealthProfessional = "HealthProfessional";
    public const string SocialCareProfessional = "SocialCareProfessional";
    public const string EducationalPsychologist = "EducationalPsychologist";
    public const string Caseworker = "Caseworker";
    public const string TeamManager = "TeamManager";
    public const string LocalOfferEditor = "LocalOfferEditor";
    public const string Administrator = "Administrator";

    public static readonly IReadOnlyList<string> All =
    [
        Parent, YoungPerson, EducationProfessional, HealthProfessional, SocialCareProfessional,
        EducationalPsychologist, Caseworker, TeamManager, LocalOfferEditor, Administrator,
    ];

    public static readonly IReadOnlyList<string> Families = [Parent, YoungPerson];

    public static readonly IReadOnlyList<string> Professionals =
        [EducationProfessional, HealthProfessional, SocialCareProfessional, EducationalPsychologist];

    public static readonly IReadOnlyList<string> CouncilStaff = [Caseworker, TeamManager];

    public static string DisplayName(string role) => role switch
    {
        Parent => "Parent or carer",
        YoungPerson => "Young person",
        EducationProfessional => "Education professional",
        HealthProfessional => "Health professional",
        SocialCareProfessional => "Social care professional",
        EducationalPsychologist => "Educational psychologist",
        Caseworker => "SEND caseworker",
        TeamManager => "Team manager",
        LocalOfferEditor => "Local Offer editor",
        Administrator => "Administrator",
        _ => role,
    };
}
