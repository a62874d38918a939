using System.Reflection;

namespace XanoLink.Diagnostics;

/// <summary>
/// Every diagnostic XanoLink reports, with its stable code. Codes are never reused or renumbered;
/// docs/diagnostics.md documents each (a test keeps the two in step).
/// XL1xxx: workspace files; XL2xxx: the link manifest and selection; XL3xxx: diff, merge and Git;
/// XL4xxx: publish and tenants.
/// </summary>
public static partial class DiagnosticCatalog
{
    // Lazy: the fields live in several partial files, whose initializers run in no guaranteed order.
    private static readonly Lazy<IReadOnlyList<DiagnosticDescriptor>> AllDescriptors = new(() => typeof(DiagnosticCatalog)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
        .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
        .OrderBy(d => d.Code, StringComparer.Ordinal)
        .ToArray());

    public static IReadOnlyList<DiagnosticDescriptor> All => AllDescriptors.Value;
}
