namespace HealLink.Core.Matching.Procedures;

/// <summary>
/// The families that make two different procedures related. Transplants are grouped by organ, not together: a
/// kidney and a liver recipient share little beyond the waiting list, while a kidney's donor and its recipient
/// share the organ and often the family.
/// </summary>
public static class ProcedureFamilies
{
    public const string Kidney = "kidney";
    public const string Liver = "liver";
    public const string HeartFailure = "heart-failure";
    public const string Lung = "lung";
    public const string BloodAndMarrow = "blood-and-marrow";
    public const string Pancreas = "pancreas";
    public const string Breast = "breast";
    public const string Prostate = "prostate";
    public const string BowelAndOstomy = "bowel-and-ostomy";
    public const string Bariatric = "bariatric";
    public const string HeartSurgery = "heart-surgery";
    public const string HeartRhythmDevice = "heart-rhythm-device";
    public const string JointReplacement = "joint-replacement";
    public const string Spine = "spine";
    public const string Amputation = "amputation";
    public const string Gynaecological = "gynaecological";
    public const string Hearing = "hearing";
    public const string HeadAndNeck = "head-and-neck";
    public const string Brain = "brain";
}
