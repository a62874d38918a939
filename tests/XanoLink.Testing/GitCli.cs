using System.Diagnostics;
using Xunit;

namespace XanoLink.Testing;

/// <summary>
/// The git command line for tests: the user's and system's configuration ignored, a fixed identity and
/// fixed dates, so repositories are reproducible and what XanoLink writes is checked by git itself.
/// </summary>
public static class GitCli
{
    public const string Name = "Test";
    public const string Email = "test@example.com";
    public const string Date = "2026-01-01T00:00:00Z";

    public static (int Code, string Out, string Error) TryRun(string directory, params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        start.Environment["GIT_CONFIG_GLOBAL"] = "/dev/null";
        start.Environment["GIT_AUTHOR_NAME"] = Name;
        start.Environment["GIT_AUTHOR_EMAIL"] = Email;
        start.Environment["GIT_COMMITTER_NAME"] = Name;
        start.Environment["GIT_COMMITTER_EMAIL"] = Email;
        start.Environment["GIT_AUTHOR_DATE"] = Date;
        start.Environment["GIT_COMMITTER_DATE"] = Date;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error);
    }

    /// <summary>Runs git and fails the test on a non-zero exit; returns stdout.</summary>
    public static string Run(string directory, params string[] args)
    {
        var (code, output, error) = TryRun(directory, args);
        Assert.True(code == 0, $"git {string.Join(' ', args)} exited {code}: {error}");
        return output;
    }

    /// <summary>A new repository on branch main holding <paramref name="directory"/>'s files, committed once.</summary>
    public static void InitAndCommit(string directory, string message = "first")
    {
        Run(directory, "init", "-q", "-b", "main");
        Run(directory, "add", "-A");
        Run(directory, "commit", "-q", "-m", message);
    }

    /// <summary>Copies a folder's files (bin/ and obj/ left out), for tests that start from the example workspace.</summary>
    public static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            var top = relative.Split(Path.DirectorySeparatorChar)[0];
            if (top is "bin" or "obj")
            {
                continue;
            }

            var target = Path.Combine(to, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}
