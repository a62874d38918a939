namespace XanoLink.Cli.Infrastructure;

/// <summary>Finds the workspace: <c>--workspace</c>, else the nearest folder at or above the current one holding workspace.json.</summary>
internal static class WorkspaceLocator
{
    public static string Locate(string? option, string currentDirectory)
    {
        if (option is not null)
        {
            var full = Path.GetFullPath(option, currentDirectory);
            if (!Directory.Exists(full))
            {
                throw new UsageException($"the workspace folder '{option}' does not exist; pass the folder that holds workspace.json with --workspace");
            }

            if (!File.Exists(Path.Combine(full, "workspace.json")))
            {
                throw new UsageException($"'{option}' holds no workspace.json, so it is not a workspace; pass the folder that holds workspace.json with --workspace");
            }

            return full;
        }

        for (var dir = new DirectoryInfo(currentDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "workspace.json")))
            {
                return dir.FullName;
            }
        }

        throw new UsageException("no workspace here: no workspace.json in this folder or any folder above it; pass --workspace DIR or run from inside a workspace");
    }
}
