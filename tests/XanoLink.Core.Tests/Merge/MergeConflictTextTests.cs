using Newtonsoft.Json.Linq;
using XanoLink.Merge;
using XanoLink.Model;

namespace XanoLink.Core.Tests.Merge;

/// <summary>How a conflict reads, in Git's words and in publish's.</summary>
public class MergeConflictTextTests
{
    private static readonly ItemKey Product = new(ItemKind.Table, "product");

    [Fact]
    public void A_conflict_reads_with_the_sides_of_the_merge_that_found_it()
    {
        var conflict = new MergeConflict(Product, "tables/product.json", "fields[price].type", "changed differently on both sides", "int", "text", ConflictResolution.TookOurs);

        Assert.Equal("table:product fields[price].type: changed differently on both sides (ours \"int\", theirs \"text\"); took ours", conflict.ToString());
        Assert.Equal(
            "table:product fields[price].type: changed differently on both sides (tenant \"int\", source \"text\"); kept the tenant's (--on-conflict tenant)",
            conflict.ToString(ConflictSides.Publish));
        Assert.Equal(
            "table:product fields[price].type: changed differently on both sides (tenant \"int\", source \"text\"); took the source's (--on-conflict source)",
            (conflict with { Resolution = ConflictResolution.TookTheirs }).ToString(ConflictSides.Publish));
    }

    [Fact]
    public void A_deletion_reads_as_deleted_and_names_the_side_in_publish_words()
    {
        var conflict = new MergeConflict(null, "xanolink.json", "", "deleted in ours, changed in theirs", null, new JObject { ["a"] = 1 }, ConflictResolution.Unresolved);

        Assert.Equal("xanolink.json: deleted in ours, changed in theirs (ours deleted, theirs {\"a\":1})", conflict.ToString());
        Assert.Equal("xanolink.json: deleted in the tenant, changed in the source (tenant deleted, source {\"a\":1})", conflict.ToString(ConflictSides.Publish));
        Assert.Equal(
            "xanolink.json: changed in the tenant, deleted in the source (tenant 1, source deleted)",
            (conflict with { Description = "changed in ours, deleted in theirs", Ours = 1, Theirs = null }).ToString(ConflictSides.Publish));
    }

    [Fact]
    public void Long_values_are_cut_at_eighty_characters()
    {
        var exactly = new string('x', 78);
        var longer = new string('y', 79);
        var conflict = new MergeConflict(Product, "tables/product.json", "description", "changed differently on both sides", exactly, longer, ConflictResolution.Unresolved);

        Assert.Equal($"table:product description: changed differently on both sides (ours \"{exactly}\", theirs \"{new string('y', 76)}...)", conflict.ToString());
    }

    [Fact]
    public void A_merge_has_unresolved_conflicts_only_when_one_is_unresolved()
    {
        static MergeConflict C(ConflictResolution r) => new(Product, "f", "", "d", null, null, r);
        static MergeResult R(params MergeConflict[] c) => new(new Dictionary<string, byte[]>(), c, new MergeStats(0, 0, 0, 0, 0, 0));

        Assert.False(R().HasUnresolvedConflicts);
        Assert.False(R(C(ConflictResolution.TookOurs), C(ConflictResolution.TookTheirs)).HasUnresolvedConflicts);
        Assert.True(R(C(ConflictResolution.TookOurs), C(ConflictResolution.Unresolved)).HasUnresolvedConflicts);
        Assert.False(new ObjectMergeResult(null, []).HasUnresolvedConflicts);
        Assert.True(new ObjectMergeResult(null, [new MemberConflict("", "d", null, null, ConflictResolution.TookOurs), new MemberConflict("", "d", null, null, ConflictResolution.Unresolved)]).HasUnresolvedConflicts);
        Assert.False(new FileMergeResult(null, [], null).HasUnresolvedConflicts);
    }
}
