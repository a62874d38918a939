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
/// Git-backed sides plug in; <see cref="FolderSides"/> knows folders only.
/// </summary>
internal interface ISideResolver
{
    IFileSource Resolve(string? side, SideRole role, string? workspaceOption, string currentDirectory);
}

/// <summary>Sides that are folders on disk. Until Git sides are wired in, the live branch (the default LEFT) is not available.</summary>
internal sealed class FolderSides : ISideResolver
{
    public IFileSource Resolve(string? side, SideRole role, string? workspaceOption, string currentDirectory)
    {
        if (side is null)
        {
            return role == SideRole.Right
                ? new FolderFileSource(WorkspaceLocator.Locate(workspaceOption, currentDirectory))
                : throw new UsageException("comparing with the live branch needs Git sides, which this build does not have yet; pass the folders to compare: xanolink diff LEFT_DIR [RIGHT_DIR] (RIGHT defaults to the workspace on disk)");
        }

        var full = Path.GetFullPath(side, currentDirectory);
        if (!Directory.Exists(full))
        {
            throw new UsageException($"the {role.ToString().ToLowerInvariant()} side '{side}' does not exist; pass a workspace folder (Git refs are not supported by this build yet)");
        }

        if (!File.Exists(Path.Combine(full, "workspace.json")))
        {
            throw new UsageException($"the {role.ToString().ToLowerInvariant()} side '{side}' holds no workspace.json, so it is not a workspace; pass the folder that holds workspace.json");
        }

        return new FolderFileSource(full);
    }
}
