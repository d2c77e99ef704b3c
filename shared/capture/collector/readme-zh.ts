import { LINUX_SCRIPT_NAME } from './linux-script';
import { WINDOWS_LAUNCHER_NAME, WINDOWS_SCRIPT_NAME } from './windows-script';

/** File name of the instructions placed on the stick. */
export const README_NAME = '使用说明.txt';

/** Instructions for the staff who carry the stick from PC to PC (Chinese, the stick's only language). */
export const COLLECTOR_README_ZH = `正版化软件信息采集工具 使用说明
================================

一、用途
本工具用于在各台计算机上采集操作系统、硬件标识和已安装软件信息，采集结果导入“正版”软件后
自动形成计算机台账和软件台账，免去逐台手工抄录。

二、安全说明
1. 只读取信息，不联网、不安装任何程序、不修改系统设置，也不需要管理员权限。
2. 不采集文件内容、上网记录、账号密码；产品密钥只记录系统本身显示的末 5 位。
3. 部分杀毒软件可能对脚本运行给出提示，属正常现象；如有疑问请与本单位信息化部门确认。

三、Windows 计算机（Windows 7 及以上）
1. 插入 U 盘，打开 U 盘目录，双击“${WINDOWS_LAUNCHER_NAME}”。
2. 窗口显示“采集完成”后按任意键关闭。
3. U 盘目录中会生成“计算机名_序列号.json”文件，一台计算机一个文件。
4. 如 U 盘处于写保护状态，结果会保存到系统临时目录，窗口中会显示保存位置，请手工复制到 U 盘。
   （${WINDOWS_SCRIPT_NAME} 为采集脚本本体，请勿删除或改名。）

四、国产操作系统及其他 Linux 计算机（银河麒麟、统信 UOS 等）
1. 插入 U 盘，在 U 盘目录中单击右键选择“在终端中打开”。
2. 输入以下命令并回车：
       sh ${LINUX_SCRIPT_NAME}
3. 如需同时采集整机序列号，可改用：
       sudo sh ${LINUX_SCRIPT_NAME}
   不使用 sudo 也能完成采集，只是序列号可能为空，不影响软件清单。
4. U 盘目录中会生成“计算机名_序列号.json”文件。

五、导入
全部计算机采集完毕后，将 U 盘插入安装“正版”软件的计算机，打开“自动采集”页面，在“导入盘点文件”
中点“选择文件夹…”并选中整个 U 盘（也可点“选择文件…”选中全部 .json 文件）。程序按序列号、
硬件 UUID、计算机名自动匹配已有台账，新计算机会新建台账记录；确认导入前可逐台核对。

六、注意事项
1. 同一台计算机重复采集会生成同名文件并覆盖旧结果，以最后一次为准。
2. 采集结果中的软件清单反映的是安装情况，是否正版仍需结合购买凭证、授权协议等材料核实。
`;
