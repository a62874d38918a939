namespace XanoLink.Manifest;

/// <summary>Whether a tenant's repository is a folder on this machine or a URL git fetches from and pushes to.</summary>
public enum TenantAddressKind
{
    LocalPath,
    Url,
}
