using System.Diagnostics;
using System.Text;

using Xunit;

namespace XanoLink.Testing;

public sealed record ProcessResult(string Command, int ExitCode, string Output)
{
    public override string ToString() => $"{Command}\nexit code {ExitCode}\n{Output}";
}

/// <summary>
/// Runs a command (usually dotnet) in a child process as a user's shell would, output and errors interleaved, with
/// the test host's MSBuild variables removed and no build server left behind; fails the test after a timeout.
/// </summary>
public static class ChildProcess
{
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(4);

    public static ProcessResult Run(string workingDirectory, IReadOnlyDictionary<string, string> environment, string fileName, params string[] arguments) =>
        Run(workingDirectory, environment, DefaultTimeout, fileName, arguments);

    public static ProcessResult Run(string workingDirectory, IReadOnlyDictionary<string, string> environment, TimeSpan timeout, string fileName, params string[] arguments)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The test host runs inside an MSBuild-launched process; its MSBuild variables would point the child at the wrong SDK.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(key);
        }

        // No build server or reused node outlives the test holding files in its temporary folders.
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var command = $"{fileName} {string.Join(' ', arguments)}";
        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{command} did not finish in {timeout}:\n{output}");
        }

        process.WaitForExit();
        lock (output)
        {
            return new ProcessResult(command, process.ExitCode, output.ToString());
        }
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }
}
