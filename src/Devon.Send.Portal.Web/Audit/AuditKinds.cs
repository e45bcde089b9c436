namespace Devon.Send.Portal.Web.Audit;

public static class AuditKinds
{
    /// <summary>What happened, in the words the audit search and the family's download show.</summary>
    public static string Describe(AuditKind kind) => kind switch
    {
        AuditKind.RecordViewed => "Record viewed",
        AuditKind.RecordChanged => "Record changed",
        AuditKind.SignedIn => "Signed in",
        AuditKind.SignInFailed => "Sign-in failed",
        AuditKind.LockedOut => "Locked out",
        AuditKind.SignedOut => "Signed out",
        AuditKind.SignedOutEverywhere => "Signed out everywhere",
        AuditKind.AccountCreated => "Account created",
        AuditKind.TwoFactorTurnedOn => "Two-step sign-in turned on",
        AuditKind.TwoFactorTurnedOff => "Two-step sign-in turned off",
        AuditKind.InvitationIssued => "Invitation issued",
        AuditKind.InvitationUsed => "Invitation used",
        AuditKind.InvitationRefused => "Invitation code refused",
        AuditKind.InvitationRevoked => "Invitation revoked",
        AuditKind.CaseHistoryImported => "Case history imported",
        AuditKind.CaseHistoryRefused => "Case history import refused",
        AuditKind.AccessRefused => "Access refused",
        AuditKind.EmailConfirmed => "Email address confirmed",
        AuditKind.RolesChanged => "Roles changed",
        AuditKind.AccountChanged => "Account changed",
        AuditKind.TeamCreated => "Team created",
        AuditKind.RecordDestroyed => "Record destroyed under the retention rule",
        AuditKind.DataDownloaded => "Family downloaded their data",
        AuditKind.PasswordResetAsked => "Password reset asked for",
        AuditKind.PasswordReset => "Password reset",
        AuditKind.TeamChanged => "Team's details changed",
        _ => kind.ToString(),
    };
}
