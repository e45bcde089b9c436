namespace Devon.Send.Portal.Web.Pages.LocalOffer.Editor;

/// <summary>Writing, reviewing and publishing Local Offer pages: Local Offer editors.</summary>
public sealed class Conventions : FolderConventions
{
    public override PageAccess Access { get; } = new(PortalPolicies.LocalOfferEditing);
}
