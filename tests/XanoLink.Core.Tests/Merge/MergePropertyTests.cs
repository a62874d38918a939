using System.Text;
using CsCheck;
using Newtonsoft.Json.Linq;
using XanoLink.Files;
using XanoLink.Json;
using XanoLink.Merge;

namespace XanoLink.Core.Tests.Merge;

public class MergePropertyTests
{
    private static Dictionary<string, string> Texts(IReadOnlyDictionary<string, byte[]> files) =>
        files.ToDictionary(kv => kv.Key, kv => Encoding.UTF8.GetString(kv.Value), StringComparer.Ordinal);

    private static Dictionary<string, string> Texts(MemoryFileSource source) =>
        source.Files().ToDictionary(f => f.Path, f => Encoding.UTF8.GetString(f.ReadAllBytes()), StringComparer.Ordinal);

    [Fact]
    public void Merging_with_an_unchanged_side_gives_the_other_side()
    {
        MergeGen.Base.Select(MergeGen.Edits).Sample((b, edits) =>
        {
            var side = MergeGen.Apply(b, edits).Source();
            Assert.Equal(Texts(side), Texts(WorkspaceMerge.Merge(b.Source(), b.Source(), side).Files));
            Assert.Equal(Texts(side), Texts(WorkspaceMerge.Merge(b.Source(), side, b.Source()).Files));
        }, iter: 300);
    }

    [Fact]
    public void An_object_merged_with_an_unchanged_side_is_the_other_side()
    {
        MergeGen.Triple.Sample(x =>
        {
            foreach (var (guid, table) in x.Ours.ByGuid)
            {
                var b = x.Base.ByGuid.GetValueOrDefault(guid);
                Assert.Equal(CanonicalJson.ToText(table), CanonicalJson.ToText(ObjectMerge.Merge(b, b, table, MergePolicy.Fail).Merged!));
                Assert.Equal(CanonicalJson.ToText(table), CanonicalJson.ToText(ObjectMerge.Merge(b, table, b, MergePolicy.Fail).Merged!));
            }
        }, iter: 300);
    }

    [Fact]
    public void Merge_is_symmetric_up_to_the_policy()
    {
        MergeGen.Triple.Sample(x =>
        {
            var (b, o, t) = (x.Base.Source(), x.Ours.Source(), x.Theirs.Source());
            var ours = WorkspaceMerge.Merge(b, o, t, new MergeOptions(MergePolicy.Ours));
            var mirrored = WorkspaceMerge.Merge(b, t, o, new MergeOptions(MergePolicy.Theirs));
            Assert.Equal(Texts(ours.Files), Texts(mirrored.Files));
            Assert.Equal(ours.Conflicts.Count, mirrored.Conflicts.Count);
        }, iter: 500);
    }

    [Fact]
    public void Nothing_present_on_one_side_and_untouched_on_the_other_is_lost()
    {
        MergeGen.Triple.Sample(x =>
        {
            var merged = Texts(WorkspaceMerge.Merge(x.Base.Source(), x.Ours.Source(), x.Theirs.Source()).Files);
            AssertKept(x.Base, x.Ours, x.Theirs, merged);
            AssertKept(x.Base, x.Theirs, x.Ours, merged);
        }, iter: 500);
    }

    // Every table (and its records) that `side` has and `other` left as the base had it is in the result exactly as `side` has it.
    private static void AssertKept(MergeGen.Tables b, MergeGen.Tables side, MergeGen.Tables other, Dictionary<string, string> merged)
    {
        var sideFiles = Texts(side.Source());
        foreach (var (guid, table) in side.ByGuid)
        {
            var untouched = JToken.DeepEquals(b.ByGuid.GetValueOrDefault(guid), other.ByGuid.GetValueOrDefault(guid))
                && Same(b.Records.GetValueOrDefault(guid), other.Records.GetValueOrDefault(guid));
            if (!untouched)
            {
                continue;
            }

            var path = $"tables/{table["name"]}.json";
            Assert.Equal(sideFiles[path], merged.GetValueOrDefault(path));
            var records = $"tables/{table["name"]}.records.jsonl";
            Assert.Equal(sideFiles.GetValueOrDefault(records), merged.GetValueOrDefault(records));
        }
    }

    private static bool Same(SortedDictionary<int, string>? a, SortedDictionary<int, string>? b) =>
        (a is null || a.Count == 0) ? b is null || b.Count == 0 : b is not null && a.SequenceEqual(b);
}
