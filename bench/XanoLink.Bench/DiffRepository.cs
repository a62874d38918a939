using System.Diagnostics;
using System.Text;
using Newtonsoft.Json.Linq;
using XanoLink.Json;
using XanoLink.Loading;
using XanoLink.Model;

namespace XanoLink.Bench;

/// <summary>
/// A temporary Git repository holding a generated workspace in commit <c>bench-a</c> and the same workspace with
/// K objects changed in commit <c>bench-b</c>: written with the git CLI (fast for 50,000 files), fixed author and dates.
/// </summary>
internal sealed class DiffRepository : IDisposable
{
    public const string Left = "bench-a";
    public const string Right = "bench-b";

    private DiffRepository(string path) => Path = path;

    public string Path { get; }

    /// <summary>Files in the first commit, and how the second differs (modified, added, deleted).</summary>
    public int Files { get; private init; }

    public (int Modified, int Added, int Deleted) Changes { get; private init; }

    public static DiffRepository Create(IReadOnlyDictionary<string, byte[]> files, int changed, bool pack)
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"xanolink-benchdiff-{Environment.ProcessId}-{files.Count}-{changed}");
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }

        Generation.WorkspaceWriter.Write(path, files);
        Git(path, "init", "-q", "-b", "main");
        Commit(path, "generated workspace", Left);

        var changes = Change(path, files, changed);
        Commit(path, $"{changed} objects changed", Right);
        if (pack)
        {
            // A cloned or long-lived repository is packed; freshly added objects are loose.
            Git(path, "repack", "-a", "-d", "-q");
            Git(path, "prune");
        }

        return new DiffRepository(path) { Files = files.Count, Changes = changes };
    }

    /// <summary>
    /// Changes <paramref name="count"/> objects spread evenly over the workspace: a description edited and the last
    /// step removed (where there are steps); from 10 changes on, one of them is a deleted object and one an added function.
    /// </summary>
    private static (int Modified, int Added, int Deleted) Change(string root, IReadOnlyDictionary<string, byte[]> files, int count)
    {
        var objects = files.Keys.Where(p => PathLayout.Classify(p).Role == FileRole.Object).ToArray();
        count = Math.Min(count, objects.Length);
        var stride = objects.Length / Math.Max(count, 1);
        var picked = Enumerable.Range(0, count).Select(i => objects[i * stride]).ToList();
        var added = 0;
        var deleted = 0;
        if (count >= 10)
        {
            File.Delete(Full(root, picked[0]));
            picked.RemoveAt(0);
            deleted = 1;

            var template = objects.First(p => p.StartsWith("functions/", StringComparison.Ordinal));
            var function = JObject.Parse(Encoding.UTF8.GetString(files[template]));
            function["guid"] = "fn-bench-added";
            function["name"] = "bench/added_function";
            File.WriteAllBytes(Full(root, ItemKinds.PathOf(ItemKind.Function, "bench/added_function")), CanonicalJson.ToBytes(function));
            picked.RemoveAt(picked.Count - 1);
            added = 1;
        }

        foreach (var (path, i) in picked.Select((p, i) => (p, i)))
        {
            var json = JObject.Parse(Encoding.UTF8.GetString(files[path]));
            json["description"] = $"edited by the diff bench ({i})";
            if (json["steps"] is JArray { Count: > 1 } steps)
            {
                steps.RemoveAt(steps.Count - 1);
            }

            File.WriteAllBytes(Full(root, path), CanonicalJson.ToBytes(json));
        }

        return (picked.Count, added, deleted);
    }

    private static string Full(string root, string path)
    {
        var full = System.IO.Path.Combine([root, .. path.Split('/')]);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        return full;
    }

    private static void Commit(string root, string message, string tag)
    {
        Git(root, "add", "-A");
        Git(root, "-c", "user.name=Bench", "-c", "user.email=bench@example.com", "commit", "-q", "-m", message);
        Git(root, "tag", tag);
    }

    public static void Git(string root, params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = root, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["GIT_AUTHOR_DATE"] = "2026-01-01T00:00:00Z";
        start.Environment["GIT_COMMITTER_DATE"] = "2026-01-01T00:00:00Z";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        _ = output.Result;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"git {string.Join(' ', args)} failed ({process.ExitCode}): {error}");
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }
}
