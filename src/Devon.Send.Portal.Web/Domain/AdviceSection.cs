namespace Devon.Send.Portal.Web.Domain;

/// <summary>
/// The advice for one plan section it informs. A draft while the request is open; final, never changed again,
/// once the advice is submitted.
/// </summary>
public sealed class AdviceSection
{
    public const int MaxTextLength = 20_000;

    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid AdviceRequestId { get; init; }
    public required string SectionCode { get; init; }
    public required string Text { get; set; }
}
