using System.Diagnostics;
using XanoLink.Testing;

namespace XanoLink.Cli.Tests.Templates;

/// <summary>
/// The real `dotnet new`, with both template folders of templates/content installed into a private
/// hive (a temp folder), so the tests never touch the user's installed templates and need no network.
/// </summary>
public sealed class TemplateHive : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);
    private readonly TempDirectory _hive = new("xanolink-hive");

    public TemplateHive()
    {
        Run(_hive.Path, "install", RepositoryRoot.Combine("templates", "content", "workspace"), RepositoryRoot.Combine("templates", "content", "object"));
    }

    /// <summary>Runs `dotnet new ARGS` in a folder; fails the test with dotnet's output when it exits non-zero.</summary>
    public string Run(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("new");
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.ArgumentList.Add("--debug:custom-hive");
        start.ArgumentList.Add(_hive.Path);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"dotnet new {string.Join(' ', args)} did not finish in {Timeout}");
        }

        var text = output.Result + error.Result;
        Assert.True(process.ExitCode == 0, $"dotnet new {string.Join(' ', args)} exited {process.ExitCode}:\n{text}");
        return text;
    }

    public void Dispose() => _hive.Dispose();

    // Under `dotnet test` the host's own path is given; otherwise the dotnet on PATH.
    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
}
