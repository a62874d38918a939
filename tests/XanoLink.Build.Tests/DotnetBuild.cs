using System.Reflection;
using System.Text.RegularExpressions;
using XanoLink.Testing;

namespace XanoLink.Build.Tests;

/// <summary>One finding as the console logger printed it, the path made relative to the project's folder.</summary>
internal sealed record BuildLine(string Where, string Severity, string Code, string Message)
{
    public override string ToString() => $"{Where}: {Severity} {Code}";
}

/// <param name="Output">The console output, for failure messages.</param>
/// <param name="Log">The normal-verbosity log without summary, where each finding appears once.</param>
internal sealed record BuildResult(int ExitCode, string Output, string Log, IReadOnlyList<BuildLine> Lines)
{
    /// <summary>The task ran to its end (it logs one summary message).</summary>
    public bool Validated => Log.Contains("XanoLink: validated ", StringComparison.Ordinal);

    public bool SkippedAsUpToDate => Log.Contains("Skipping target \"XanoLinkValidateWorkspace\" because all output files are up-to-date", StringComparison.Ordinal);

    public override string ToString() => $"exit code {ExitCode}\n{Output}\n--- log\n{Log}";
}

/// <summary>Runs a real <c>dotnet build</c> in a child process, with the task from XanoLink.Build's own build output.</summary>
internal static partial class DotnetBuild
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    public static string TasksAssembly { get; } = typeof(DotnetBuild).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "XanoLinkTasksAssembly").Value!;

    public static BuildResult Run(string projectDirectory, params string[] properties)
    {
        Assert.True(File.Exists(TasksAssembly), $"The task is not built at {TasksAssembly}; build tests/XanoLink.Build.Tests first.");
        // dotnet build forces the console summary (each finding twice), so findings are read from a file log without one;
        // normal verbosity shows which targets ran or were skipped.
        var log = Path.Combine(projectDirectory, "xanolink-build.log");
        string[] arguments =
        [
            "build", "-nologo", "-tl:off", "-v:m", "-nodeReuse:false", $"-flp:LogFile={log};Verbosity=normal;NoSummary", $"-p:XanoLinkTasksAssembly={TasksAssembly}",
            .. properties.Select(p => $"-p:{p}"),
        ];
        var process = ChildProcess.Run(projectDirectory, new Dictionary<string, string>(), Timeout, "dotnet", arguments);
        var text = File.Exists(log) ? File.ReadAllText(log) : "";
        return new BuildResult(process.ExitCode, process.Output, text, Parse(text, projectDirectory));
    }

    private static List<BuildLine> Parse(string output, string projectDirectory)
    {
        var root = projectDirectory.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        return output.Split('\n')
            .Select(l => FindingLine().Match(l.TrimEnd('\r')))
            .Where(m => m.Success)
            .Select(m => new BuildLine(
                m.Groups["where"].Value.Replace(root, "", StringComparison.Ordinal).Replace('\\', '/'),
                m.Groups["severity"].Value,
                m.Groups["code"].Value,
                m.Groups["message"].Value))
            .ToList();
    }

    // "  1>/tmp/x/tables/a.json(3,5): error XL1030: message [/tmp/x/ws.csproj]"
    [GeneratedRegex(@"^\s*(?:\d+(?::\d+)?>)?(?<where>\S.*?) ?: (?<severity>error|warning) (?<code>[A-Za-z]*\d*): (?<message>.*?)(?: \[[^\]]+\])?$")]
    private static partial Regex FindingLine();
}
