using XanoLink.Loading;

namespace XanoLink.Cli.Infrastructure;

/// <summary>
/// Finds the workspace: <c>--workspace</c>, else the nearest folder at or above the current one that is a workspace
/// (<see cref="WorkspaceFolder"/>: workspace.json, or a XanoScript workspace).
/// </summary>
internal static class WorkspaceLocator
{
    public static string Locate(string? option, string currentDirectory)
    {
        if (option is not null)
        {
            var full = Path.GetFullPath(option, currentDirectory);
            if (!Directory.Exists(full))
            {
                throw new UsageException($"the workspace folder '{option}' does not exist; pass the folder that holds workspace.json (or the XanoScript workspace) with --workspace");
            }

            if (!WorkspaceFolder.IsWorkspace(full))
            {
                throw new UsageException($"'{option}' is not a workspace: it holds no {WorkspaceFolder.Markers}; pass the workspace's top folder with --workspace");
            }

            return full;
        }

        for (var dir = new DirectoryInfo(currentDirectory); dir is not null; dir = dir.Parent)
        {
            if (WorkspaceFolder.IsWorkspace(dir.FullName))
            {
                return dir.FullName;
            }
        }

        throw new UsageException($"no workspace here: no {WorkspaceFolder.Markers} in this folder or any folder above it; pass --workspace DIR or run from inside a workspace");
    }
}
