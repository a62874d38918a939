namespace XanoLink.Diagnostics;

public static partial class DiagnosticCatalog
{
    public static readonly DiagnosticDescriptor UnknownIncludeKind = new("XL2001", Severity.Error, "Unknown kind in include");
    public static readonly DiagnosticDescriptor PatternMatchesNothing = new("XL2002", Severity.Error, "Name or glob matches nothing");
    public static readonly DiagnosticDescriptor RecordsTableNotSelected = new("XL2003", Severity.Error, "Records for a table outside the selection");
    public static readonly DiagnosticDescriptor RecordIdNotFound = new("XL2004", Severity.Error, "Record id does not exist");
    public static readonly DiagnosticDescriptor DuplicateTenant = new("XL2005", Severity.Error, "Duplicate tenant name");
    public static readonly DiagnosticDescriptor InvalidBranchTemplate = new("XL2006", Severity.Error, "Branch template cannot make a valid Git branch name");
    public static readonly DiagnosticDescriptor MissingDependency = new("XL2007", Severity.Error, "Selected item needs an item outside the selection");
    public static readonly DiagnosticDescriptor RecordsTableUnknown = new("XL2008", Severity.Error, "Records for a table that does not exist");
    public static readonly DiagnosticDescriptor InvalidTenant = new("XL2009", Severity.Error, "Tenant without a usable name or repository");
    public static readonly DiagnosticDescriptor InvalidPattern = new("XL2010", Severity.Error, "Invalid name or glob");
    public static readonly DiagnosticDescriptor TenantRepositoryNotAllowed = new("XL2011", Severity.Error, "Tenant repository is neither a local path nor an allowed URL");
}
