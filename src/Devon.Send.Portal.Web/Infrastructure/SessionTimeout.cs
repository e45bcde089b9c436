namespace Devon.Send.Portal.Web.Infrastructure;

/// <summary>A session ends after this long without a request; the timeout warning appears shortly before.</summary>
public static class SessionTimeout
{
    public static readonly TimeSpan Idle = TimeSpan.FromMinutes(20);
    public static readonly TimeSpan Warning = TimeSpan.FromMinutes(2);
}
