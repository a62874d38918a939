namespace XanoLink.Diagnostics;

public static partial class DiagnosticCatalog
{
    // Publish, plan, status and tenants (docs/publish.md). Errors fail one tenant; the others go on.
    public static readonly DiagnosticDescriptor SourceInvalid = new("XL4001", Severity.Error, "Source workspace does not validate");
    public static readonly DiagnosticDescriptor SourceHasNoManifest = new("XL4002", Severity.Error, "Source has no xanolink.json");
    public static readonly DiagnosticDescriptor UnknownTenant = new("XL4003", Severity.Error, "No such tenant");
    public static readonly DiagnosticDescriptor TenantMissing = new("XL4004", Severity.Error, "Tenant repository missing");
    public static readonly DiagnosticDescriptor TenantHasNoLive = new("XL4005", Severity.Error, "Tenant has no live branch");
    public static readonly DiagnosticDescriptor TenantIsSource = new("XL4006", Severity.Error, "Tenant repository is the source's own");
    public static readonly DiagnosticDescriptor TenantCheckedOut = new("XL4007", Severity.Error, "Tenant's live branch is checked out");
    public static readonly DiagnosticDescriptor TenantLocked = new("XL4008", Severity.Error, "Tenant locked by another publish");
    public static readonly DiagnosticDescriptor StaleLockCleared = new("XL4009", Severity.Warning, "Lock of a killed publish cleared");
    public static readonly DiagnosticDescriptor NewerPublished = new("XL4010", Severity.Error, "A newer source commit is already published");
    public static readonly DiagnosticDescriptor GuidCollision = new("XL4011", Severity.Error, "Guid collision");
    public static readonly DiagnosticDescriptor MergeConflict = new("XL4012", Severity.Error, "Merge conflict");
    public static readonly DiagnosticDescriptor PublishBranchInvalid = new("XL4013", Severity.Error, "Publish branch name not valid");
    public static readonly DiagnosticDescriptor TenantUnreachable = new("XL4015", Severity.Error, "Tenant remote unreachable");
    public static readonly DiagnosticDescriptor PushRefused = new("XL4016", Severity.Error, "Push refused by the tenant's remote");
    public static readonly DiagnosticDescriptor TenantAddressInvalid = new("XL4017", Severity.Error, "Tenant repository address not allowed");
    public static readonly DiagnosticDescriptor TenantExists = new("XL4019", Severity.Error, "Tenant already exists");
    public static readonly DiagnosticDescriptor DataLossRefused = new("XL4020", Severity.Error, "Publish would lose tenant records");
    public static readonly DiagnosticDescriptor NothingToAdopt = new("XL4022", Severity.Error, "No guid collision to adopt");
    public static readonly DiagnosticDescriptor PlanStale = new("XL4023", Severity.Error, "Plan no longer matches the source or the tenant");
    public static readonly DiagnosticDescriptor TenantReadFailed = new("XL4024", Severity.Error, "Tenant repository cannot be read or written");
    public static readonly DiagnosticDescriptor NoLongerManaged = new("XL4050", Severity.Warning, "Item no longer managed by the source");
    public static readonly DiagnosticDescriptor SnapshotNotLive = new("XL4051", Severity.Warning, "Last snapshot never reached the live branch");
    public static readonly DiagnosticDescriptor SnapshotRefDamaged = new("XL4055", Severity.Warning, "Snapshot ref is not a snapshot of this source");
    public static readonly DiagnosticDescriptor UncommittedNotSent = new("XL4052", Severity.Warning, "Uncommitted source changes are not sent");
}
