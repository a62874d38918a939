namespace XanoLink.Diagnostics;

// XL1150-XL1199: XanoScript workspaces (layout, identity, conversion).
public static partial class DiagnosticCatalog
{
    public static readonly DiagnosticDescriptor XsNoIdentity = new("XL1150", Severity.Warning, "XanoScript workspace without a name or guid");
    public static readonly DiagnosticDescriptor XsIdentityFromName = new("XL1151", Severity.Warning, "Workspace identity follows its name");
    public static readonly DiagnosticDescriptor XsDuplicateKey = new("XL1152", Severity.Error, "Two XanoScript objects with one item key");
    public static readonly DiagnosticDescriptor XsNoGuid = new("XL1153", Severity.Warning, "Objects without guid: identity by kind and name");
    public static readonly DiagnosticDescriptor XsNoKey = new("XL1154", Severity.Error, "XanoScript object without a name, group or verb");
    public static readonly DiagnosticDescriptor MixedFormats = new("XL1155", Severity.Error, "JSON and XanoScript objects in one workspace");
    public static readonly DiagnosticDescriptor XsTwoWorkspaces = new("XL1156", Severity.Warning, "More than one workspace construct");
    public static readonly DiagnosticDescriptor ConvertSourceHasErrors = new("XL1160", Severity.Error, "Workspace cannot be converted as it is");
    public static readonly DiagnosticDescriptor ConvertLoses = new("XL1161", Severity.Error, "Conversion would lose something");
    public static readonly DiagnosticDescriptor ConvertTargetNotEmpty = new("XL1162", Severity.Error, "Conversion target is not an empty folder");
    public static readonly DiagnosticDescriptor XsNotAnObject = new("XL1157", Severity.Warning, "Construct that is no workspace object");
}
