using Newtonsoft.Json.Linq;
using XanoLink.Merge;

namespace XanoLink.Core.Tests.Merge;

/// <summary>A table's records merged by id: the result is in id order, whatever order the sides added them in.</summary>
public class RecordsMergeTests
{
    private static JObject[] Records(params int[] ids) => ids.Select(id => new JObject { ["id"] = id }).ToArray();

    [Fact]
    public void Records_added_on_both_sides_come_out_sorted_by_id()
    {
        var result = RecordsMerge.Merge(Records(2), Records(2, 3), Records(2, 1), MergePolicy.Fail);

        Assert.Empty(result.Conflicts);
        Assert.Equal([1, 2, 3], result.Merged!.Select(r => (int)r["id"]!));
    }

    [Fact]
    public void A_record_both_sides_hold_differently_and_the_base_lacks_merges_against_its_earlier_version()
    {
        JObject Tea(string name, string slug) => new() { ["id"] = 2, ["name"] = name, ["slug"] = slug };
        var asked = new List<string>();

        var result = RecordsMerge.Merge(Records(1), [.. Records(1), Tea("Tea", "tea-acme")], [.. Records(1), Tea("Green tea", "tea")], MergePolicy.Fail, key =>
        {
            asked.Add(key);
            return key == "2" ? Tea("Tea", "tea") : null;
        });

        Assert.Empty(result.Conflicts);
        Assert.Equal(["2"], asked);
        Assert.Equal(Tea("Green tea", "tea-acme"), result.Merged!.Single(r => (int)r["id"]! == 2), JToken.EqualityComparer);
    }

    [Fact]
    public void Without_an_earlier_version_a_record_both_sides_added_differently_is_a_conflict_and_equal_ones_are_never_looked_up()
    {
        var asked = new List<string>();
        JObject[] Side(string name) => [new JObject { ["id"] = 5, ["name"] = name }, new JObject { ["id"] = 6, ["name"] = "same" }];

        var result = RecordsMerge.Merge([], Side("ours"), Side("theirs"), MergePolicy.Fail, key =>
        {
            asked.Add(key);
            return null;
        });

        Assert.Single(result.Conflicts);
        Assert.Equal(["5"], asked);
    }
}
