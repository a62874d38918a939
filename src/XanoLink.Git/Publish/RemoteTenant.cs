using System.Diagnostics;

namespace XanoLink.Git.Publish;

/// <summary>
/// A tenant behind a URL: its local bare cache is fetched before work (branches and XanoLink's refs, mirrored) and the
/// moved refs pushed after, atomically and without force, so a push that would overwrite someone else's work is refused.
/// Uses the git command line, which brings the user's credentials and transports.
/// </summary>
internal static class RemoteTenant
{
    private static readonly string[] FetchSpecs = ["+refs/heads/*:refs/heads/*", "+refs/xanolink/*:refs/xanolink/*"];

    public static void Fetch(TenantLocation tenant)
    {
        if (!Directory.Exists(tenant.LocalPath) || !LibGit2Sharp.Repository.IsValid(tenant.LocalPath))
        {
            Directory.CreateDirectory(tenant.LocalPath);
            LibGit2Sharp.Repository.Init(tenant.LocalPath, isBare: true);
        }

        Run(tenant, ["fetch", "--quiet", "--prune", "--no-tags", tenant.Url!, .. FetchSpecs], "fetch from");

        // The remote's HEAD names its live branch when it has no live-branch record.
        var (code, output, _) = Git(tenant.LocalPath, ["ls-remote", "--symref", tenant.Url!, "HEAD"]);
        var head = code == 0 ? output.Split('\n').FirstOrDefault(l => l.StartsWith("ref: ", StringComparison.Ordinal)) : null;
        if (head is not null)
        {
            Run(tenant, ["symbolic-ref", "HEAD", head["ref: ".Length..].Split('\t')[0].Trim()], "read HEAD of");
        }
    }

    /// <summary>Pushes <paramref name="refs"/> (full ref names) from the cache; refused pushes are the tenant's failure.</summary>
    public static void Push(TenantLocation tenant, IEnumerable<string> refs)
    {
        var specs = refs.Distinct(StringComparer.Ordinal).Select(r => $"{r}:{r}").ToArray();
        if (specs.Length > 0)
        {
            Run(tenant, ["push", "--quiet", "--atomic", "--porcelain", tenant.Url!, .. specs], "push to");
        }
    }

    private static void Run(TenantLocation tenant, string[] args, string what)
    {
        var (code, output, error) = Git(tenant.LocalPath, args);
        if (code != 0)
        {
            var detail = (error.Trim() + "\n" + output.Trim()).Trim().Replace('\n', ' ');
            throw new TenantFailure($"could not {what} {tenant.Url} (git exited {code}): {detail}");
        }
    }

    private static (int Code, string Out, string Error) Git(string gitDir, string[] args)
    {
        var start = new ProcessStartInfo("git") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("--git-dir=" + gitDir);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["GIT_TERMINAL_PROMPT"] = "0";
        try
        {
            using var process = Process.Start(start) ?? throw new TenantFailure("could not start git");
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, output.Result, error);
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new TenantFailure($"remote tenants need the git command line, which could not be started: {ex.Message}");
        }
    }
}
