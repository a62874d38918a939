using System.Diagnostics;
using LibGit2Sharp;
using XanoLink.Bench.Generation;
using XanoLink.Diff;
using XanoLink.Diff.Formatting;
using XanoLink.Files;
using XanoLink.Git;

namespace XanoLink.Bench;

/// <summary>diff --profile: where the time of an in-process diff of two commits goes (Stopwatch sections, second pass).</summary>
internal static class DiffProfile
{
    public static int Run(Arguments args)
    {
        var objects = args.Int("objects", 50_000);
        var changed = args.Int("changes", 10);
        using var repo = DiffRepository.Create(WorkspaceGenerator.Generate(objects, args.Int("seed", 1)), changed, pack: args.Text("loose") is null);
        for (var pass = 0; pass < 2; pass++)
        {
            var sections = new List<(string Name, TimeSpan Time)>();
            T Time<T>(string name, Func<T> action)
            {
                var watch = Stopwatch.StartNew();
                var result = action();
                sections.Add((name, watch.Elapsed));
                return result;
            }

            using var repository = Time("open repository", () => WorkspaceRepository.Open(repo.Path));
            var (left, right) = Time("resolve both commits", () => (repository.Source(DiffRepository.Left), repository.Source(DiffRepository.Right)));
            Time("tree diff of the two commits (LibGit2Sharp)", () => repository.Repository.Diff.Compare<TreeChanges>(repository.ResolveCommit(DiffRepository.Left).Tree, repository.ResolveCommit(DiffRepository.Right).Tree).Count);
            Time("walk both trees, modes only", () => Modes(repository.ResolveCommit(DiffRepository.Left).Tree) + Modes(repository.ResolveCommit(DiffRepository.Right).Tree));
            Time("changed files by tree comparison (GitFileSource.ChangedAgainst)", () => left.ChangedAgainst(right)!.Left.Count);
            var report = Time("whole WorkspaceDiff.Compare (tree comparison)", () => WorkspaceDiff.Compare(left, right));
            Time("list left files (GitFileSource.Files)", () => left.Files().Count);
            Time("list right files", () => right.Files().Count);
            Time("sizes of every left file (object headers)", () => left.Files().Sum(f => f.Size));
            var slow = (new ListingOnly(repository.Source(DiffRepository.Left)), new ListingOnly(repository.Source(DiffRepository.Right)));
            Time("whole WorkspaceDiff.Compare over full listings (no tree comparison)", () => WorkspaceDiff.Compare(slow.Item1, slow.Item2).Items.Count);
            Time("format json", () => DiffFormats.Format("json", report).Length);
            if (pass == 1)
            {
                Console.WriteLine($"| Section ({objects:N0} objects, {changed:N0} changed) | Time |");
                Console.WriteLine("|---|---:|");
                foreach (var (name, time) in sections)
                {
                    Console.WriteLine($"| {name} | {Harness.Format(time)} |");
                }
            }
        }

        return 0;
    }

    private static int Modes(Tree tree)
    {
        var count = 0;
        foreach (var entry in tree)
        {
            count += entry.Mode == Mode.Directory ? Modes((Tree)entry.Target) : entry.Mode == Mode.SymbolicLink ? 1000 : 1;
        }

        return count;
    }

    /// <summary>A source without the tree-comparison capability: how WorkspaceDiff compares any other pair of sides.</summary>
    private sealed class ListingOnly(IFileSource inner) : IFileSource
    {
        public string Description => inner.Description;

        public IReadOnlyList<SourceFile> Files() => inner.Files();
    }
}
