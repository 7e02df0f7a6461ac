namespace HealLink.Core.Matching.Procedures.Catalogue;

/// <summary>Transplants and the organ's other side: living donors, dialysis, heart pumps.</summary>
internal static class Transplants
{
    public static IReadOnlyList<ProcedureEntry> Entries { get; } =
    [
        new("kidney-transplant", ProcedureFamilies.Kidney,
        [
            // A living donor's kidney is still a transplant the person received: "from a living donor" is the
            // recipient's side, "gave a kidney" the donor's.
            new("en", "a kidney transplant", "had a kidney transplant",
                ["kidney transplant", "renal transplant", "new kidney", "living donor kidney transplant",
                 "deceased donor kidney transplant", "kidney transplant from a living donor", "received a kidney",
                 "got a kidney", "waiting for a kidney", "kidney tx", "a kidney to me", "gave me a kidney",
                 "donated a kidney to me"],
                Misspellings: ["kidny transplant", "kidney transplnt"]),
            new("es", "un trasplante de riñón", "tuvo un trasplante de riñón",
                ["trasplante de riñón", "trasplante renal", "riñón nuevo", "nuevo riñón", "transplante de riñón",
                 "recibí un riñón", "trasplante de riñón de donante vivo", "me donó un riñón", "me dio un riñón"]),
        ]),
        new("kidney-donation", ProcedureFamilies.Kidney,
        [
            new("en", "a living kidney donation", "donated a kidney",
                ["living kidney donor", "kidney donor", "kidney donation", "donated a kidney", "donating a kidney",
                 "donate a kidney", "gave a kidney", "gave one of my kidneys", "giving a kidney", "donor nephrectomy"]),
            new("es", "una donación de riñón en vida", "donó un riñón",
                ["donante de riñón", "donante vivo de riñón", "donación de riñón", "doné un riñón", "donar un riñón",
                 "donando un riñón"]),
        ]),
        new("kidney-pancreas-transplant", ProcedureFamilies.Kidney,
        [
            new("en", "a kidney-pancreas transplant", "had a kidney-pancreas transplant",
                ["kidney pancreas transplant", "pancreas kidney transplant", "simultaneous pancreas kidney transplant",
                 "spk", "spk transplant"]),
            new("es", "un trasplante de riñón y páncreas", "tuvo un trasplante de riñón y páncreas",
                ["trasplante de riñón y páncreas", "trasplante de páncreas y riñón", "trasplante renopancreático"]),
        ]),
        new("dialysis", ProcedureFamilies.Kidney,
        [
            new("en", "dialysis", "has been on dialysis",
                ["haemodialysis", "hemodialysis", "peritoneal dialysis", "home dialysis", "dialisis"]),
            new("es", "diálisis", "ha estado en diálisis", ["hemodiálisis", "diálisis peritoneal"]),
        ]),
        new("nephrectomy", ProcedureFamilies.Kidney,
        [
            new("en", "a nephrectomy (kidney removal)", "had a kidney removed",
                ["kidney removal", "kidney removed", "partial nephrectomy", "radical nephrectomy"]),
            new("es", "una nefrectomía", "tuvo una nefrectomía", ["extirpación de riñón", "me quitaron un riñón"]),
        ]),
        new("liver-transplant", ProcedureFamilies.Liver,
        [
            new("en", "a liver transplant", "had a liver transplant",
                ["liver transplant", "new liver", "hepatic transplant", "living donor liver transplant",
                 "liver transplant from a living donor", "waiting for a liver", "part of their liver to me",
                 "gave me part of their liver"],
                Misspellings: ["livr transplant"]),
            new("es", "un trasplante de hígado", "tuvo un trasplante de hígado",
                ["trasplante de hígado", "trasplante hepático", "hígado nuevo", "nuevo hígado",
                 "transplante de hígado", "me donó parte de su hígado"]),
        ]),
        new("liver-donation", ProcedureFamilies.Liver,
        [
            new("en", "a living liver donation", "donated part of their liver",
                ["living liver donor", "liver donor", "liver donation", "donated part of my liver",
                 "donating part of my liver", "donate part of my liver", "gave part of my liver",
                 "giving part of my liver"]),
            new("es", "una donación de hígado en vida", "donó parte de su hígado",
                ["donante de hígado", "donante vivo de hígado", "donación de hígado", "doné parte de mi hígado",
                 "donar parte de mi hígado"]),
        ]),
        new("heart-transplant", ProcedureFamilies.HeartFailure,
        [
            new("en", "a heart transplant", "had a heart transplant",
                ["heart transplant", "new heart", "cardiac transplant"],
                Misspellings: ["hart transplant"]),
            new("es", "un trasplante de corazón", "tuvo un trasplante de corazón",
                ["trasplante de corazón", "trasplante cardíaco", "corazón nuevo"]),
        ]),
        new("lvad", ProcedureFamilies.HeartFailure,
        [
            new("en", "an LVAD (heart pump)", "had an LVAD fitted",
                ["lvad", "left ventricular assist device", "ventricular assist device", "heart pump"]),
            new("es", "un dispositivo de asistencia ventricular", "lleva un dispositivo de asistencia ventricular",
                ["asistencia ventricular", "bomba cardíaca"]),
        ]),
        new("lung-transplant", ProcedureFamilies.Lung,
        [
            new("en", "a lung transplant", "had a lung transplant",
                ["lung transplant", "double lung transplant", "single lung transplant", "bilateral lung transplant",
                 "new lungs"]),
            new("es", "un trasplante de pulmón", "tuvo un trasplante de pulmón",
                ["trasplante de pulmón", "trasplante pulmonar", "trasplante de pulmones",
                 "doble trasplante de pulmón"]),
        ]),
        new("stem-cell-transplant", ProcedureFamilies.BloodAndMarrow,
        [
            new("en", "a stem cell transplant", "had a stem cell transplant",
                ["stem cell transplant", "bone marrow transplant", "bmt", "allogeneic transplant",
                 "autologous transplant",
                 "allogeneic stem cell transplant", "autologous stem cell transplant", "allo transplant"]),
            new("es", "un trasplante de médula ósea", "tuvo un trasplante de médula ósea",
                ["trasplante de médula", "trasplante de células madre", "trasplante de progenitores hematopoyéticos"]),
        ]),
        new("stem-cell-donation", ProcedureFamilies.BloodAndMarrow,
        [
            new("en", "a stem cell donation", "donated stem cells",
                ["stem cell donor", "bone marrow donor", "donated stem cells", "donated bone marrow",
                 "donating stem cells", "donating bone marrow"]),
            new("es", "una donación de médula ósea", "donó médula ósea",
                ["donante de médula", "doné médula", "donación de médula"]),
        ]),
    ];
}
