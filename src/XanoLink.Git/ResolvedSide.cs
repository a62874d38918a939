using XanoLink.Files;

namespace XanoLink.Git;

/// <summary>Which form of SIDE (cli.md) was given.</summary>
public enum SideKind
{
    /// <summary>A branch, tag or commit of the workspace's own repository.</summary>
    Ref,

    /// <summary>A folder, as it is on disk.</summary>
    Folder,

    /// <summary>A folder of a repository at a ref: PATH@REF.</summary>
    FolderAtRef,

    /// <summary>tenant:NAME[@REF].</summary>
    Tenant,
}

/// <param name="Source">The side's files; a Git source stays readable until the resolver is disposed.</param>
/// <param name="Label">The side for people: the ref, folder or tenant as written, with a tenant's live branch filled in.</param>
/// <param name="Commit">The full sha read, or null for a folder on disk.</param>
public sealed record ResolvedSide(IFileSource Source, string Label, SideKind Kind, string? Commit)
{
    /// <summary>"main (1a2b3c4d5e6f)" for Git sides, the folder for a folder.</summary>
    public string Display => Commit is null ? Label : $"{Label} ({Commit[..12]})";
}
