using System.ComponentModel;
using System.Diagnostics;

namespace XanoLink.Git;

/// <summary>What a git command printed and how it ended.</summary>
public sealed record GitResult(int ExitCode, string Output, string Error)
{
    public bool Succeeded => ExitCode == 0;

    /// <summary>stderr then stdout, on one line: for messages.</summary>
    public string Detail => (Error.Trim() + "\n" + Output.Trim()).Trim().Replace('\n', ' ');
}

/// <summary>
/// The one place XanoLink starts the git command line (remote tenants, driver setup). Arguments go as an argument list,
/// never through a shell; callers put <c>--</c> before anything that came from a manifest or a user. Git never asks for a
/// password (the run would hang in CI), and only the transports a tenant address may name are allowed, so no address can
/// reach git's command-running transports (<c>ext::</c>, <c>fd::</c>).
/// </summary>
public static class GitProcess
{
    /// <summary>The transports a tenant URL may use (GIT_ALLOW_PROTOCOL).</summary>
    public const string AllowedProtocols = "file:git:ssh:http:https";

    /// <param name="directory">The working directory, or null for the current one.</param>
    /// <param name="gitDir">Passed as --git-dir when given.</param>
    public static GitResult Run(string? directory, string? gitDir, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo("git")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (directory is not null)
        {
            start.WorkingDirectory = directory;
        }

        if (gitDir is not null)
        {
            start.ArgumentList.Add("--git-dir=" + gitDir);
        }

        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["GIT_TERMINAL_PROMPT"] = "0";
        start.Environment["GIT_ALLOW_PROTOCOL"] = AllowedProtocols;
        start.Environment["LC_ALL"] = "C";
        try
        {
            using var process = Process.Start(start) ?? throw new GitWorkspaceException(GitProblem.GitMissing, "could not start git");
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            return new GitResult(process.ExitCode, output.Result, error);
        }
        catch (Win32Exception ex)
        {
            throw new GitWorkspaceException(GitProblem.GitMissing, $"this needs the git command line, which could not be started ({ex.Message}); install git and put it on PATH");
        }
    }
}
