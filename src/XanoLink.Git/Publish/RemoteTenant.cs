using XanoLink.Diagnostics;
using XanoLink.Git.Tenants;

namespace XanoLink.Git.Publish;

/// <summary>
/// A tenant behind a URL (docs/publish.md): its local bare cache is fetched before any work (branches and XanoLink's refs,
/// mirrored, so the cache says what the remote has) and the moved refs are pushed after, in one atomic push, never forced,
/// so a push that would overwrite someone else's work is refused. The git command line brings the user's credentials.
/// </summary>
public static class RemoteTenant
{
    private static readonly string[] FetchSpecs = ["+refs/heads/*:refs/heads/*", "+refs/xanolink/*:refs/xanolink/*"];

    /// <summary>Brings the cache to what the remote holds now; a remote that cannot be asked is the tenant's failure (unreachable).</summary>
    public static void Fetch(TenantLocation tenant)
    {
        var cache = TenantRepositories.EnsureCache(tenant);
        var fetched = GitProcess.Run(null, cache, ["fetch", "--quiet", "--prune", "--no-tags", "--", tenant.Url!, .. FetchSpecs]);
        if (!fetched.Succeeded)
        {
            throw new TenantFailure(DiagnosticCatalog.TenantUnreachable, $"unreachable: could not fetch from {tenant.Url} (git exited {fetched.ExitCode}): {fetched.Detail}");
        }

        // The remote's HEAD names its live branch when it has no live-branch record.
        var head = GitProcess.Run(null, cache, ["ls-remote", "--symref", "--", tenant.Url!, "HEAD"]);
        var line = head.Succeeded ? head.Output.Split('\n').FirstOrDefault(l => l.StartsWith("ref: ", StringComparison.Ordinal)) : null;
        var target = line?["ref: ".Length..].Split('\t')[0].Trim();
        if (target is not null && target.StartsWith("refs/heads/", StringComparison.Ordinal) && Manifest.RefNames.Problem(target["refs/heads/".Length..]) is null)
        {
            GitProcess.Run(null, cache, ["symbolic-ref", "HEAD", target]);
        }
    }

    /// <summary>Pushes <paramref name="refs"/> (full ref names) from the cache atomically; a refused push is the tenant's failure.</summary>
    internal static void Push(TenantLocation tenant, IEnumerable<string> refs)
    {
        var specs = refs.Distinct(StringComparer.Ordinal).Select(r => $"{r}:{r}").ToArray();
        if (specs.Length == 0)
        {
            return;
        }

        var pushed = GitProcess.Run(null, tenant.LocalPath, ["push", "--quiet", "--atomic", "--porcelain", "--", tenant.Url!, .. specs]);
        if (!pushed.Succeeded)
        {
            // The cache moved ahead of the remote: bring it back, so it never claims what the remote does not have.
            GitProcess.Run(null, tenant.LocalPath, ["fetch", "--quiet", "--prune", "--no-tags", "--", tenant.Url!, .. FetchSpecs]);
            throw new TenantFailure(DiagnosticCatalog.PushRefused, $"the push to {tenant.Url} was refused (git exited {pushed.ExitCode}): {pushed.Detail}; nothing changed there. Run publish again (it fetches first)");
        }
    }
}
