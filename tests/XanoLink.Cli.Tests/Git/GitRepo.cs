using System.Diagnostics;

namespace XanoLink.Cli.Tests.Git;

/// <summary>Runs the git CLI in a test repository with a fixed identity and fixed dates, so commits are reproducible.</summary>
internal static class GitRepo
{
    public static string Run(string directory, params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["GIT_AUTHOR_NAME"] = "Test";
        start.Environment["GIT_AUTHOR_EMAIL"] = "test@example.com";
        start.Environment["GIT_COMMITTER_NAME"] = "Test";
        start.Environment["GIT_COMMITTER_EMAIL"] = "test@example.com";
        start.Environment["GIT_AUTHOR_DATE"] = "2025-01-01T12:00:00Z";
        start.Environment["GIT_COMMITTER_DATE"] = "2025-01-01T12:00:00Z";
        start.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        start.Environment["HOME"] = directory;
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return $"exit {process.ExitCode}\n{output}{error.Result}";
    }

    public static void Init(string directory)
    {
        Run(directory, "init", "-q", "-b", "main");
        Run(directory, "config", "user.name", "Test");
        Run(directory, "config", "user.email", "test@example.com");
    }
}
