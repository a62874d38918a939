using XanoLink.Files;

namespace XanoLink.Cli.Infrastructure;

/// <summary>Which side of a comparison a SIDE argument names.</summary>
internal enum SideRole
{
    Left,
    Right,
}

/// <summary>
/// Turns a SIDE argument (cli.md: REF, PATH, PATH@REF, tenant:NAME[@REF]) into files. SIDE is null when
/// the user gave none: LEFT then means the live branch, RIGHT the workspace folder on disk. This is the seam where
/// Git-backed sides plug in (<see cref="GitSides"/>); <see cref="FolderSides"/> knows folders only.
/// </summary>
internal interface ISideResolver
{
    IFileSource Resolve(string? side, SideRole role, string? workspaceOption, string currentDirectory);
}

/// <summary>Sides that are folders on disk: what is left when there is no workspace (and so no repository) around.</summary>
internal sealed class FolderSides : ISideResolver
{
    public IFileSource Resolve(string? side, SideRole role, string? workspaceOption, string currentDirectory)
    {
        if (side is null)
        {
            return role == SideRole.Right
                ? new FolderFileSource(WorkspaceLocator.Locate(workspaceOption, currentDirectory))
                : throw new UsageException("no workspace here, so there is no live branch to compare with; pass -w DIR, or name the folders to compare: xanolink diff LEFT_DIR RIGHT_DIR");
        }

        var full = Path.GetFullPath(side, currentDirectory);
        if (!Directory.Exists(full))
        {
            throw new UsageException($"the {role.ToString().ToLowerInvariant()} side '{side}' does not exist; outside a workspace a side must be a workspace folder (refs need a workspace in a Git repository: pass -w DIR)");
        }

        if (!Loading.WorkspaceFolder.IsWorkspace(full))
        {
            throw new UsageException($"the {role.ToString().ToLowerInvariant()} side '{side}' is not a workspace: it holds no {Loading.WorkspaceFolder.Markers}; pass a workspace folder");
        }

        return new FolderFileSource(full);
    }
}
