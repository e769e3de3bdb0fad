#!/bin/sh
# to-workbook.sh BUILD CONFIG DIR: turn the CSV package in DIR into the
# workbook form in place: 报送表.xlsx (tests/tools/pkg2xlsx) and
# 年度工作总结.docx (tests/tools/txt2docx.py), both with the newest
# modification time of the CSV files, so the received time is unchanged.
set -eu
build=$1 config=$2 dir=$3
here=$(dirname "$0")
newest=$(ls -t "$dir"/submission.ini "$dir"/stats.csv "$dir"/catalog.csv "$dir"/summary.txt | head -n 1)
"$build/tests/tools/pkg2xlsx" "$config" "$dir" "$dir/报送表.xlsx.tmp"
/usr/bin/python3 "$here/txt2docx.py" "$dir/summary.txt" "$dir/年度工作总结.docx.tmp"
touch -r "$newest" "$dir/报送表.xlsx.tmp" "$dir/年度工作总结.docx.tmp"
rm "$dir/submission.ini" "$dir/stats.csv" "$dir/catalog.csv" "$dir/summary.txt"
mv "$dir/报送表.xlsx.tmp" "$dir/报送表.xlsx"
mv "$dir/年度工作总结.docx.tmp" "$dir/年度工作总结.docx"
touch -r "$dir/报送表.xlsx" "$dir/报送表.xlsx" "$dir/年度工作总结.docx"
