namespace XanoLink.Diagnostics;

public static partial class DiagnosticCatalog
{
    // The Git layer: repositories, refs, branches, the live-branch record, the git command line.
    public static readonly DiagnosticDescriptor NotARepository = new("XL3001", Severity.Error, "Not a Git repository");
    public static readonly DiagnosticDescriptor RefNotFound = new("XL3002", Severity.Error, "No such branch, tag or commit");
    public static readonly DiagnosticDescriptor BranchExists = new("XL3003", Severity.Error, "Branch already exists");
    public static readonly DiagnosticDescriptor InvalidBranchName = new("XL3004", Severity.Error, "Not a valid branch name");
    public static readonly DiagnosticDescriptor SideNotFound = new("XL3005", Severity.Error, "Workspace side not found");
    public static readonly DiagnosticDescriptor InvalidLiveRecord = new("XL3006", Severity.Error, "Live-branch record damaged");
    public static readonly DiagnosticDescriptor RefMoved = new("XL3007", Severity.Error, "Ref moved by someone else");
    public static readonly DiagnosticDescriptor CheckedOut = new("XL3008", Severity.Error, "Branch checked out in a working tree");
    public static readonly DiagnosticDescriptor PathNotEmpty = new("XL3009", Severity.Error, "Target folder not empty");
    public static readonly DiagnosticDescriptor GitLockHeld = new("XL3010", Severity.Error, "Git lock file in the way");
    public static readonly DiagnosticDescriptor GitMissing = new("XL3011", Severity.Error, "git command line not available");
    public static readonly DiagnosticDescriptor NonFileEntry = new("XL3012", Severity.Error, "Workspace path is a link or submodule");
    public static readonly DiagnosticDescriptor OutsideWorkspaceChanged = new("XL3013", Severity.Error, "Files outside the workspace changed on both sides");
    public static readonly DiagnosticDescriptor IdentityUnknown = new("XL3014", Severity.Error, "Git does not know who you are");
}
