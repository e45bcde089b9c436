namespace Devon.Send.Portal.Web.Domain;

/// <summary>
/// How and when a draft plan or a notice of proposed amendments was sent to the family, and so the last day of their
/// time to respond: at least 15 days beginning with the day it was served on them (Reg 13(1)(a), 22(2)(c)). The
/// council may give longer, never less.
/// </summary>
public sealed record ServiceOnFamily(ServiceMethod Method, DateOnly SentOn, DateOnly? LaterRespondBy = null)
{
    public DateOnly ServedOn => StatutoryClock.ServedOn(Method, SentOn);

    /// <summary>The last day the law gives the family.</summary>
    public DateOnly StatutoryRespondBy => StatutoryClock.DraftResponseDue(ServedOn);

    /// <summary>The last day the family has: the law's, or the later day the council gave.</summary>
    public DateOnly RespondBy => LaterRespondBy is { } later && later > StatutoryRespondBy ? later : StatutoryRespondBy;

    /// <summary>What is wrong with the council's own date, in words for the caseworker; null when it is fine or not given.</summary>
    public string? LaterRespondByProblem => LaterRespondBy is { } later && later < StatutoryRespondBy
        ? $"The date to respond by must be {StatutoryRespondBy.ToUkDate()} or later: the family must have at least 15 days beginning with the day they receive it"
        : null;

    public static string Describe(ServiceMethod method) => method switch
    {
        ServiceMethod.Email => "by email",
        ServiceMethod.Post => "by first class post",
        ServiceMethod.ByHand => "by hand",
        _ => throw new ArgumentOutOfRangeException(nameof(method)),
    };
}
