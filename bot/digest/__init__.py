"""The organisers' digest: figures for a period, their text, the matrix chart and the workbook."""
