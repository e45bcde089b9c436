namespace Devon.Send.Portal.Web.Plans;

/// <summary>What the plan page shows about one section for one reader.</summary>
/// <param name="Code">The section.</param>
/// <param name="Revision">Its latest revision, if any.</param>
/// <param name="ChangedSince">The label of the last issued version, when the section has changed since it.</param>
/// <param name="NewToReader">Changed by someone else since this reader last opened the plan.</param>
/// <param name="Findings">Open quality-check findings in the section.</param>
/// <param name="CanWrite">Whether this reader may change the section.</param>
/// <param name="BaseUrl">The plan's address, <c>/children/{id}/plan</c>.</param>
public sealed record PlanSectionState(string Code, RevisionView? Revision, string? ChangedSince, bool NewToReader, int Findings, bool CanWrite, string BaseUrl);
