using System.Runtime.InteropServices;
using XanoLink.Bench.Generation;
using XanoLink.Diff;
using XanoLink.Diff.Formatting;
using XanoLink.Git;

namespace XanoLink.Bench;

/// <summary>
/// diff: the numbers of issue 4. Two commits of a generated workspace that differ in K objects, compared by
/// (a) <c>git diff --name-status</c>, (b) the built <c>xanolink diff A B --format json</c> as a user runs it
/// (process start included; <c>xanolink --version</c> alone gives the .NET start-up part), and (c) the same diff in
/// this process (open the repository, two commit sources, <see cref="WorkspaceDiff.Compare"/>, JSON output).
/// </summary>
internal static class DiffCommand
{
    public static int Run(Arguments args)
    {
        var sizes = args.Ints("sizes", [10_000, 50_000]);
        var changes = args.Ints("changes", [10, 5_000]);
        var seed = args.Int("seed", 1);
        var warmup = args.Int("warmup", 1);
        var runs = args.Int("reps", 5);
        var pack = args.Text("loose") is null;
        var cli = args.Text("cli") ?? Cli.Default();
        if (!File.Exists(cli))
        {
            Console.Error.WriteLine($"no CLI at {cli}; build it first: dotnet build -c Release src/XanoLink.Cli (or pass --cli PATH/xanolink.dll)");
            return 2;
        }

        Console.WriteLine($"Load average at start: {Cli.LoadAverage()}");
        Console.WriteLine($"XanoLink diff bench, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC; {RuntimeInformation.FrameworkDescription}, {RuntimeInformation.OSDescription}, {Environment.ProcessorCount} cores; seed {seed}, warmup {warmup}, {runs} runs, {(pack ? "packed" : "loose")} objects; CLI {cli}");
        var startup = Harness.Measure("xanolink --version", 0, warmup, runs, () => Cli.Exec("dotnet", null, cli, "--version"));
        Console.WriteLine($".NET start-up (dotnet xanolink.dll --version): median {Harness.Format(startup.Median)}, min {Harness.Format(startup.Min)}");
        Console.WriteLine();
        Console.WriteLine("| Objects | Changed (mod/add/del) | Items in report | git diff --name-status: median / min | xanolink diff (process): median / min | in-process diff: median / min / CPU | in-process / git (min) |");
        Console.WriteLine("|---:|---|---:|---:|---:|---:|---:|");
        foreach (var size in sizes)
        {
            var files = WorkspaceGenerator.Generate(size, seed);
            foreach (var k in changes)
            {
                using var repo = DiffRepository.Create(files, k, pack);
                var items = InProcess(repo.Path).Items;
                var git = Harness.Measure("git", size, warmup, runs, () => Cli.Exec("git", repo.Path, "diff", "--name-status", DiffRepository.Left, DiffRepository.Right));
                var process = Harness.Measure("xanolink", size, warmup, runs, () => Cli.Exec("dotnet", repo.Path, cli, "diff", DiffRepository.Left, DiffRepository.Right, "--format", "json", "-w", repo.Path));
                var inProcess = Harness.Measure("in-process", size, warmup, runs, () => InProcess(repo.Path).Json);
                var (m, a, d) = repo.Changes;
                Console.WriteLine($"| {size:N0} | {k:N0} ({m:N0}/{a}/{d}) | {items:N0} | {Times(git)} | {Times(process)} | {Times(inProcess)} / {Harness.Format(inProcess.CpuPerRun)} | {inProcess.Min / git.Min:N1}x |");
            }
        }

        Console.WriteLine();
        Console.WriteLine($"Load average at end: {Cli.LoadAverage()}");
        return 0;
    }

    /// <summary>What <c>xanolink diff bench-a bench-b --format json</c> does, without the process around it.</summary>
    internal static (int Items, string Json) InProcess(string repoPath)
    {
        using var repository = WorkspaceRepository.Open(repoPath);
        var left = repository.Source(DiffRepository.Left);
        var right = repository.Source(DiffRepository.Right);
        var report = WorkspaceDiff.Compare(left, right);
        return (report.Items.Count, DiffFormats.Format("json", report));
    }

    private static string Times(Measurement m) => $"{Harness.Format(m.Median)} / {Harness.Format(m.Min)}";
}
