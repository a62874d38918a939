using System.Runtime.InteropServices;
using XanoLink.Bench.Generation;
using XanoLink.Files;
using XanoLink.Loading;
using XanoLink.Manifest;
using XanoLink.Model;
using XanoLink.Selection;
using XanoLink.Validation;

namespace XanoLink.Bench;

/// <summary>run: the numbers of issue 3, as a Markdown table.</summary>
internal static class RunCommand
{
    public static int Run(Arguments args)
    {
        var sizes = args.Ints("sizes", [1_000, 10_000, 50_000]);
        var seed = args.Int("seed", 1);
        var warmup = args.Int("warmup", 1);
        var runs = args.Int("reps", 5);
        var only = args.Text("only");

        Console.WriteLine($"Load average at start: {LoadAverage()}");
        Console.WriteLine($"XanoLink bench, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC; {RuntimeInformation.FrameworkDescription}, {RuntimeInformation.OSDescription} {RuntimeInformation.OSArchitecture}, {Environment.ProcessorCount} cores, GC {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")}; seed {seed}, warmup {warmup}, {runs} runs");
        Console.WriteLine();
        Console.WriteLine("| Scenario | Objects | Files | Median | Min | CPU/run | Allocated/run | Peak working set |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var size in sizes)
        {
            foreach (var (measured, files) in Scenarios(size, seed, warmup, runs, only))
            {
                if (measured is not { } m)
                {
                    continue;
                }

                Console.WriteLine($"| {m.Scenario} | {m.Objects:N0} | {files:N0} | {Harness.Format(m.Median)} | {Harness.Format(m.Min)} | {Harness.Format(m.CpuPerRun)} | {Harness.FormatBytes(m.AllocatedPerRun)} | {Harness.FormatBytes(m.PeakWorkingSet)} |");
            }
        }

        Console.WriteLine();
        Console.WriteLine($"Load average at end: {LoadAverage()}");
        return 0;
    }

    // The machine is shared; the load average says how far wall times can be trusted.
    private static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static IEnumerable<(Measurement?, int Files)> Scenarios(int size, int seed, int warmup, int runs, string? only)
    {
        Measurement? Measure(string scenario, int times, Func<object?> action) =>
            only is null || scenario.StartsWith(only, StringComparison.Ordinal) ? Harness.Measure(scenario, size, warmup, times, action) : null;

        var files = WorkspaceGenerator.Generate(size, seed);
        var root = Path.Combine(Path.GetTempPath(), $"xanolink-bench-{size}-{Environment.ProcessId}");
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }

        WorkspaceWriter.Write(root, files);
        try
        {
            var folder = new FolderFileSource(root);
            var check = WorkspaceValidation.Run(folder);
            if (check.Diagnostics.Count > 0 || check.Workspace.Objects.Count != size)
            {
                throw new InvalidOperationException($"the generated workspace of {size} objects has {check.Diagnostics.Count} diagnostics and {check.Workspace.Objects.Count} objects; first: {(check.Diagnostics.Count > 0 ? check.Diagnostics[0] : null)}");
            }

            yield return (Measure("load + validate, folder on disk", runs, () => WorkspaceValidation.Run(folder)), files.Count);

            var memory = new MemoryFileSource(files);
            yield return (Measure("load + validate, memory", runs, () => WorkspaceValidation.Run(memory)), files.Count);
            yield return (Measure("load only, memory", runs, () => WorkspaceLoader.Load(memory)), files.Count);

            var workspace = check.Workspace;
            var (manifest, _) = ManifestReader.Read(workspace.Manifest!);
            var selectionRuns = runs * 4;
            var selection = Selector.Select(workspace, manifest).Selection;
            yield return (Measure($"graph + select ({selection.Selected.Count:N0} selected, {selection.Explicit.Count:N0} explicit)", selectionRuns, () => Selector.Select(workspace, manifest, DependencyGraph.Build(workspace))), files.Count);

            var graph = DependencyGraph.Build(workspace);
            var endpoint = workspace.OfKind(ItemKind.Api).First().Key;
            var table = workspace.OfKind(ItemKind.Table).First().Key;
            var closure = graph.Closure([endpoint]).Count;
            var dependents = graph.Closure([table], reversed: true).Count;
            yield return (Measure($"closure of one endpoint ({closure} items)", selectionRuns, () => graph.Closure([endpoint])), files.Count);
            yield return (Measure($"reverse closure of one table ({dependents} items)", selectionRuns, () => graph.Closure([table], reversed: true)), files.Count);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
