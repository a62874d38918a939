using XanoLink.Files;
using XanoLink.Git;

namespace XanoLink.Cli.Infrastructure;

/// <summary>
/// Diff sides as cli.md defines them: REF, PATH, PATH@REF, tenant:NAME[@REF]; LEFT defaults to the live branch,
/// RIGHT to the workspace folder on disk. Outside any workspace, two folders can still be compared.
/// </summary>
internal sealed class GitSides : ISideResolver, IDisposable
{
    private SideResolver? resolver;

    public IFileSource Resolve(string? side, SideRole role, string? workspaceOption, string currentDirectory)
    {
        if (side is null && role == SideRole.Right)
        {
            return new FolderFileSource(WorkspaceLocator.Locate(workspaceOption, currentDirectory));
        }

        var workspace = TryLocate(workspaceOption, currentDirectory);
        if (workspace is null)
        {
            // No workspace around: only folders can be meant, and the live branch has no repository to come from.
            return side is null
                ? new FolderSides().Resolve(side, role, workspaceOption, currentDirectory)
                : new FolderSides().Resolve(side, role, null, currentDirectory);
        }

        resolver ??= new SideResolver(workspace, currentDirectory);
        var resolved = side is null ? resolver.Live() : resolver.Resolve(side);
        if (resolved.Kind == SideKind.Folder && !Loading.WorkspaceFolder.IsWorkspace(Path.GetFullPath(side!, currentDirectory)))
        {
            throw new UsageException($"the {role.ToString().ToLowerInvariant()} side '{side}' is not a workspace: it holds no {Loading.WorkspaceFolder.Markers}; pass a workspace folder, a branch, tag or commit, PATH@REF or tenant:NAME");
        }

        return resolved.Source;
    }

    public void Dispose() => resolver?.Dispose();

    private static string? TryLocate(string? workspaceOption, string currentDirectory)
    {
        try
        {
            return WorkspaceLocator.Locate(workspaceOption, currentDirectory);
        }
        catch (UsageException) when (workspaceOption is null)
        {
            return null;
        }
    }
}
