using System.Diagnostics;
using System.Runtime.InteropServices;
using Newtonsoft.Json.Linq;
using XanoLink.Bench.Generation;
using XanoLink.Git.Publish;
using XanoLink.Git.Tenants;
using XanoLink.Json;

namespace XanoLink.Bench;

/// <summary>
/// publish: the numbers of issue 11. A generated workspace of N objects in a source repository and T tenant repositories
/// made by <c>tenant create</c>; then, each as the user runs it (the built CLI, process start included): the first
/// <c>publish --merge</c>, a publish after K selected objects changed, and an up-to-date rerun. The same work done with the
/// git command line (bench/scripts/publish-with-git.sh: clone, copy the snapshot, commit, merge, push per tenant) on G
/// tenants of their own, for the ratio.
/// </summary>
internal static class PublishBench
{
    public static int Run(Arguments args)
    {
        var objects = args.Int("objects", 2_000);
        var tenants = args.Int("tenants", 20);
        var parallel = args.Int("parallel", 2);
        var changed = args.Int("change", 5);
        var gitTenants = args.Int("git-tenants", tenants);
        var seed = args.Int("seed", 1);
        var cli = args.Text("cli") ?? Cli.Default();
        if (!File.Exists(cli))
        {
            Console.Error.WriteLine($"no CLI at {cli}; build it first: dotnet build -c Release src/XanoLink.Cli (or pass --cli PATH/xanolink.dll)");
            return 2;
        }

        var root = Path.Combine(Path.GetTempPath(), $"xlbench-publish-{Environment.ProcessId}");
        try
        {
            Console.WriteLine($"Load average at start: {Cli.LoadAverage()}");
            Console.WriteLine($"XanoLink publish bench, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC; {RuntimeInformation.FrameworkDescription}, {RuntimeInformation.OSDescription}, {Environment.ProcessorCount} cores; "
                + $"{objects:N0} objects, {tenants} tenants, --parallel {parallel}, {changed} objects changed, seed {seed}; CLI {cli}");
            var source = Setup(root, objects, seed, tenants);
            var startup = Time(() => Cli.Exec("dotnet", null, cli, "--version"));
            var first = Time(() => Cli.Exec("dotnet", source, cli, "publish", "--merge", "--parallel", $"{parallel}", "--format", "json"));
            var snapshotPaths = Directory.EnumerateFiles(Path.Combine(root, "snapshot"), "*.json", SearchOption.AllDirectories).Count();
            ChangeObjects(source, changed);
            var change = Time(() => Cli.Exec("dotnet", source, cli, "publish", "--merge", "--parallel", $"{parallel}", "--format", "json"));
            var upToDate = Time(() => Cli.Exec("dotnet", source, cli, "publish", "--merge", "--parallel", $"{parallel}", "--format", "json"));
            var plan = Time(() => Cli.Exec("dotnet", source, cli, "plan", "--parallel", $"{parallel}", "--format", "json"));
            InProcess(source, parallel, tenants);

            Console.WriteLine();
            Console.WriteLine($"Snapshot: {snapshotPaths:N0} files sent per tenant. .NET start-up (xanolink --version): {Harness.Format(startup)}.");
            Console.WriteLine();
            Console.WriteLine("| Run | xanolink (whole process) | per tenant | git script | xanolink vs git |");
            Console.WriteLine("|---|---:|---:|---:|---:|");
            TimeSpan? gitFirst = null, gitChange = null, gitAgain = null;
            if (gitTenants > 0)
            {
                var repos = Enumerable.Range(0, gitTenants).Select(i => Path.Combine(root, "git-tenants", $"t{i:D3}.git")).ToArray();
                Export(source, Path.Combine(root, "snapshot-before"), revision: "HEAD~1");
                gitFirst = Time(() => Cli.Exec("bash", null, [Cli.Script("publish-with-git.sh"), Path.Combine(root, "snapshot-before"), "link/first", $"{parallel}", .. repos]));
                Export(source, Path.Combine(root, "snapshot-after"), revision: "HEAD");
                gitChange = Time(() => Cli.Exec("bash", null, [Cli.Script("publish-with-git.sh"), Path.Combine(root, "snapshot-after"), "link/change", $"{parallel}", .. repos]));
                gitAgain = Time(() => Cli.Exec("bash", null, [Cli.Script("publish-with-git.sh"), Path.Combine(root, "snapshot-after"), "link/again", $"{parallel}", .. repos]));
            }

            Row("first publish", first, tenants, gitFirst, gitTenants);
            Row($"{changed}-object change", change, tenants, gitChange, gitTenants);
            Row("up-to-date rerun", upToDate, tenants, gitAgain, gitTenants);
            Row("plan (change already published)", plan, tenants, null, 0);
            Console.WriteLine();
            Console.WriteLine($"{changed}-object change / first publish: {change.TotalSeconds / first.TotalSeconds:P1}; up to date: {(upToDate - startup).TotalMilliseconds / tenants:N1} ms per tenant beyond start-up.");
            Console.WriteLine($"Load average at end: {Cli.LoadAverage()}");
            return 0;
        }
        finally
        {
            if (args.Text("keep") is null && Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }
        }
    }

    /// <summary>Where an up-to-date run's time goes, in this process: reading the source once, then the tenants.</summary>
    private static void InProcess(string source, int parallel, int tenants)
    {
        for (var i = 0; i < 3; i++)
        {
            var read = Stopwatch.StartNew();
            var publishSource = PublishSource.Read(source, null);
            _ = publishSource.SnapshotTree;
            read.Stop();
            var run = Stopwatch.StartNew();
            var report = Publisher.Run(publishSource, new PublishRequest(source, Merge: true, Parallel: parallel));
            run.Stop();
            Console.WriteLine($"in process, up to date: source read {Harness.Format(read.Elapsed)}, {tenants} tenants {Harness.Format(run.Elapsed)} ({run.Elapsed.TotalMilliseconds / tenants:N1} ms each); {report.Tenants.Count(t => t.Status == PublishStatus.UpToDate)} up to date");
        }
    }

    private static void Row(string name, TimeSpan time, int tenants, TimeSpan? git, int gitTenants)
    {
        // The git script ran on its own tenants, maybe fewer: its time is scaled to the same count for the ratio.
        var scaled = git is { } g && gitTenants > 0 ? g * tenants / gitTenants : (TimeSpan?)null;
        var gitText = scaled is null ? "-" : gitTenants == tenants ? Harness.Format(scaled.Value) : $"{Harness.Format(git!.Value)} for {gitTenants} ({Harness.Format(scaled.Value)} scaled)";
        Console.WriteLine($"| {name} | {Harness.Format(time)} | {(time / tenants).TotalMilliseconds:N1} ms | {gitText} | {(scaled is null ? "-" : $"{scaled.Value / time:N1}x faster")} |");
    }

    /// <summary>The source repository (the generated workspace, its manifest listing T tenants) and the tenants, created as users do.</summary>
    private static string Setup(string root, int objects, int seed, int tenants)
    {
        var source = Path.Combine(root, "source");
        foreach (var (path, bytes) in WorkspaceGenerator.Generate(objects, seed))
        {
            var full = Path.Combine(source, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllBytes(full, bytes);
        }

        var manifestPath = Path.Combine(source, "xanolink.json");
        var manifest = FileMergeParse(File.ReadAllText(manifestPath));
        manifest["tenants"] = new JArray(Enumerable.Range(0, tenants).Select(i => new JObject { ["name"] = $"bench:t{i:D3}", ["repository"] = $"../tenants/t{i:D3}.git" }));
        manifest["publish"] = new JObject { ["branch"] = "link/{source}-{shortSha}", ["merge"] = true, ["setLive"] = false };
        File.WriteAllText(manifestPath, CanonicalJson.ToText(manifest));
        Git(source, "init", "-q", "-b", "main");
        Git(source, "add", "-A");
        Git(source, "commit", "-qm", "Generated workspace");
        for (var i = 0; i < tenants; i++)
        {
            TenantCreator.Create(source, $"bench:t{i:D3}", null);
            var gitCopy = Path.Combine(root, "git-tenants", $"t{i:D3}.git");
            Directory.CreateDirectory(Path.GetDirectoryName(gitCopy)!);
            Git(root, "clone", "-q", "--bare", Path.Combine(root, "tenants", $"t{i:D3}.git"), gitCopy);
        }

        Export(source, Path.Combine(root, "snapshot"), "HEAD");
        return source;
    }

    /// <summary>K selected objects get a new description, in one source commit.</summary>
    private static void ChangeObjects(string source, int count)
    {
        var selected = PublishSource.Read(source, null).Snapshot!.Files.Keys.Where(p => p.StartsWith("functions/", StringComparison.Ordinal) || p.StartsWith("apis/", StringComparison.Ordinal))
            .Where(p => !p.EndsWith("api-group.json", StringComparison.Ordinal)).Take(count);
        foreach (var path in selected)
        {
            var full = Path.Combine(source, path);
            var json = FileMergeParse(File.ReadAllText(full));
            json["description"] = "Changed for the benchmark";
            File.WriteAllText(full, CanonicalJson.ToText(json));
        }

        Git(source, "commit", "-qam", $"Change {count} objects");
    }

    /// <summary>The files publish sends at <paramref name="revision"/>, written to a folder for the git script.</summary>
    private static void Export(string source, string folder, string revision)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        foreach (var (path, bytes) in PublishSource.Read(source, revision).Snapshot!.Files)
        {
            var full = Path.Combine(folder, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllBytes(full, bytes);
        }
    }

    private static JObject FileMergeParse(string text) => XanoLink.Merge.FileMerge.ParseObject(text);

    private static TimeSpan Time(Action action)
    {
        var watch = Stopwatch.StartNew();
        action();
        return watch.Elapsed;
    }

    private static void Git(string cwd, params string[] args)
    {
        var result = XanoLink.Git.GitProcess.Run(cwd, null, ["-c", "user.name=Bench", "-c", "user.email=bench@example.com", .. args]);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"git {string.Join(' ', args)}: {result.Detail}");
        }
    }
}
