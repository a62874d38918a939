using System.Diagnostics;
using System.Globalization;
using System.Text;
using XanoLink.Diff;
using XanoLink.Files;

// Diff cost: a large workspace with a few changed objects. Blob ids given up front (as a Git tree gives them)
// show the cost of the change alone; a folder side must hash every file it compares.
var sizes = args.Length > 0 ? args.Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray() : [1_000, 10_000];
foreach (var n in sizes)
{
    var left = Workspace(n, changed: false);
    var right = Workspace(n, changed: true);
    var git = (Source(left), Source(right));
    Time($"memory, blob ids known, {n} objects, 3 changed", () => WorkspaceDiff.Compare(git.Item1, git.Item2));

    var dir = Path.Combine(Path.GetTempPath(), $"xl-bench-{Guid.NewGuid():N}");
    try
    {
        Write(Path.Combine(dir, "l"), left);
        Write(Path.Combine(dir, "r"), right);
        Time($"folders (hashing every file), {n} objects, 3 changed", () => WorkspaceDiff.Compare(new FolderFileSource(Path.Combine(dir, "l")), new FolderFileSource(Path.Combine(dir, "r"))));
    }
    finally
    {
        Directory.Delete(dir, recursive: true);
    }
}

static void Time(string label, Func<DiffReport> run)
{
    run();
    var watch = Stopwatch.StartNew();
    const int Rounds = 5;
    DiffReport report = null!;
    for (var i = 0; i < Rounds; i++)
    {
        report = run();
    }

    Console.WriteLine($"{label}: {watch.Elapsed.TotalMilliseconds / Rounds:F1} ms ({report.Items.Count} items, {report.Summary.Changes} changes)");
}

static Dictionary<string, byte[]> Workspace(int n, bool changed)
{
    var files = new Dictionary<string, byte[]>(StringComparer.Ordinal)
    {
        ["workspace.json"] = "{ \"guid\": \"w\", \"name\": \"bench\" }\n"u8.ToArray(),
    };
    for (var i = 0; i < n; i++)
    {
        var steps = new StringBuilder();
        for (var s = 0; s < 10; s++)
        {
            steps.Append(CultureInfo.InvariantCulture, $"{(s > 0 ? "," : "")}\n    {{ \"op\": \"var.create\", \"as\": \"v{s}\", \"value\": {s} }}");
        }

        if (changed && i % (n / 3) == 1)
        {
            steps.Append(",\n    { \"op\": \"api.request\", \"url\": \"https://x.example/\", \"as\": \"r\" }");
        }

        files[$"functions/f{i}.json"] = Encoding.UTF8.GetBytes($"{{\n  \"guid\": \"f{i}\",\n  \"name\": \"f{i}\",\n  \"steps\": [{steps}\n  ]\n}}\n");
    }

    return files;
}

static IFileSource Source(Dictionary<string, byte[]> files) => new Listed(files
    .OrderBy(kv => kv.Key, StringComparer.Ordinal)
    .Select(kv => new SourceFile(kv.Key, kv.Value.Length, () => kv.Value, GitBlobId.Of(kv.Value)))
    .ToArray());

static void Write(string root, Dictionary<string, byte[]> files)
{
    foreach (var (path, bytes) in files)
    {
        var full = Path.Combine(root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
    }
}

internal sealed class Listed(IReadOnlyList<SourceFile> files) : IFileSource
{
    public string Description => "listed";

    public IReadOnlyList<SourceFile> Files() => files;
}
