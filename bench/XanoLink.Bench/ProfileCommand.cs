using System.Diagnostics;
using XanoLink.Bench.Generation;
using XanoLink.Diagnostics;
using XanoLink.Files;
using XanoLink.Json;
using XanoLink.Loading;
using XanoLink.Manifest;
using XanoLink.Model;
using XanoLink.Selection;
using XanoLink.Validation;

namespace XanoLink.Bench;

/// <summary>profile: where the time of load + validate goes, section by section (Stopwatch; no profiler on the build machine).</summary>
internal static class ProfileCommand
{
    public static int Run(Arguments args)
    {
        var objects = args.Int("objects", 50_000);
        var seed = args.Int("seed", 1);
        var source = new MemoryFileSource(WorkspaceGenerator.Generate(objects, seed));

        // First pass warms the JIT; the second is reported.
        for (var pass = 0; pass < 2; pass++)
        {
            var sections = new List<(string Name, TimeSpan Time, TimeSpan Gc, int Gen2)>();
            T Time<T>(string name, Func<T> action)
            {
                var pause = GC.GetTotalPauseDuration();
                var gen2 = GC.CollectionCount(2);
                var watch = Stopwatch.StartNew();
                var result = action();
                sections.Add((name, watch.Elapsed, GC.GetTotalPauseDuration() - pause, GC.CollectionCount(2) - gen2));
                return result;
            }

            var files = Time("list files", source.Files);
            Time("read bytes", () => files.Sum(f => (long)f.ReadAllBytes().Length));
            Time("blob ids", () => files.Count(f => f.BlobId.Length > 0));
            Time("parse JSON of every file", () => files.Count(f => JsonFileReader.Read(f).Token is not null));
            var (workspace, loadDiagnostics) = Time("load (parse + shape checks)", () => WorkspaceLoader.Load(source));
            Time("shape checks of every object", () => workspace.Objects.Sum(o => ShapeValidator.Validate(o).Count));
            Time("references of every object", () => workspace.Objects.Sum(o => References.Of(o).Count()));
            var crossDiagnostics = Time("cross-file validation", () => WorkspaceValidator.Validate(workspace));
            var (manifest, _) = Time("read manifest", () => ManifestReader.Read(workspace.Manifest!));
            var graph = Time("dependency graph", () => DependencyGraph.Build(workspace));
            Time("select (given the graph)", () => Selector.Select(workspace, manifest, graph));
            Time("  of which: parse the manifest's globs", () => manifest.Include.SelectMany(r => r.Patterns).Count(p => Glob.Parse(p.Pattern).IsLiteral));
            var selection = Selector.Select(workspace, manifest, graph).Selection;
            Time($"  of which: closure of the {selection.Explicit.Count:N0} explicit items ({selection.Selected.Count:N0} selected)", () => graph.Closure(selection.Explicit).Count);
            Time("sort every key (ItemKey.CompareTo)", () => workspace.Objects.Select(o => o.Key).Reverse().Order().Count());
            Time("sort diagnostics", () =>
            {
                var all = new List<Diagnostic>(loadDiagnostics);
                all.AddRange(crossDiagnostics);
                all.Sort(Diagnostic.Compare);
                return all.Count;
            });
            Time("whole WorkspaceValidation.Run", () => WorkspaceValidation.Run(source));

            if (pass == 1)
            {
                Console.WriteLine($"| Section ({objects:N0} objects, memory source) | Time | of which GC pauses | gen2 GCs |");
                Console.WriteLine("|---|---:|---:|---:|");
                foreach (var (name, time, gc, gen2) in sections)
                {
                    Console.WriteLine($"| {name} | {Harness.Format(time)} | {Harness.Format(gc)} | {gen2} |");
                }
            }
        }

        return 0;
    }
}
