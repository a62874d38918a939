using XanoLink.Testing;

namespace XanoLink.Cli.Tests.Git;

/// <summary>The git command line as the driver tests read it: "exit N" then stdout and stderr, failures included (a text conflict is expected).</summary>
internal static class GitRepo
{
    public static string Run(string directory, params string[] args)
    {
        var (code, output, error) = GitCli.TryRun(directory, args);
        return $"exit {code}\n{output}{error}";
    }

    public static void Init(string directory) => GitCli.Run(directory, "init", "-q", "-b", "main");
}
